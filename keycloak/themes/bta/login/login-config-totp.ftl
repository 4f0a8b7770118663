<#-- BTA: setting up the one-time code (production: every user, at the first login). Written for BTA so that each
     field has its own label (keycloak.v2's page points both labels at an element that does not exist) and the QR
     code is described in bokmål. The form sends what Keycloak's CONFIGURE_TOTP action reads: totp, totpSecret,
     mode, userLabel, logout-sessions and, when the user started it from an application, cancel-aia. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "password-commons.ftl" as passwordCommons>
<@layout.registrationLayout displayRequiredFields=false displayMessage=!messagesPerField.existsError('totp','userLabel'); section>
    <#if section = "header">
        ${msg("loginTotpTitle")}
    <#elseif section = "form">
        <ol id="kc-totp-settings" class="bta-steps">
            <li>
                ${msg("loginTotpStep1")}
                <ul id="kc-totp-supported-apps">
                    <#list totp.supportedApplications as app><li>${msg(app)}</li></#list>
                </ul>
            </li>
            <#if mode?? && mode = "manual">
                <li>
                    ${msg("loginTotpManualStep2")}
                    <p><code id="kc-totp-secret-key">${totp.totpSecretEncoded}</code></p>
                    <p><a href="${totp.qrUrl}" id="mode-barcode">${msg("loginTotpScanBarcode")}</a></p>
                </li>
                <li>
                    ${msg("loginTotpManualStep3")}
                    <ul>
                        <li id="kc-totp-type">${msg("loginTotpType")}: ${msg("loginTotp." + totp.policy.type)}</li>
                        <li id="kc-totp-algorithm">${msg("loginTotpAlgorithm")}: ${totp.policy.getAlgorithmKey()}</li>
                        <li id="kc-totp-digits">${msg("loginTotpDigits")}: ${totp.policy.digits}</li>
                        <#if totp.policy.type = "totp">
                            <li id="kc-totp-period">${msg("loginTotpInterval")}: ${totp.policy.period}</li>
                        <#else>
                            <li id="kc-totp-counter">${msg("loginTotpCounter")}: ${totp.policy.initialCounter}</li>
                        </#if>
                    </ul>
                </li>
            <#else>
                <li>
                    ${msg("loginTotpStep2")}
                    <p><img id="kc-totp-secret-qr-code" src="data:image/png;base64, ${totp.totpSecretQrCode}"
                            alt="${msg("loginTotpQrCodeAlt")}" width="180" height="180"></p>
                    <p><a href="${totp.manualUrl}" id="mode-manual">${msg("loginTotpUnableToScan")}</a></p>
                </li>
            </#if>
            <li>${msg("loginTotpStep3")} ${msg("loginTotpStep3DeviceName")}</li>
        </ol>

        <form action="${url.loginAction}" class="${properties.kcFormClass!}" id="kc-totp-settings-form" method="post" novalidate="novalidate">
            <@field.input name="totp" label=msg("authenticatorCode") required=true autocomplete="one-time-code" />
            <@field.input name="userLabel" label=msg("loginTotpDeviceName") required=(totp.otpCredentials?size gte 1) />
            <input type="hidden" id="totpSecret" name="totpSecret" value="${totp.totpSecret}" />
            <#if mode??><input type="hidden" id="mode" name="mode" value="${mode}" /></#if>
            <@passwordCommons.logoutOtherSessions/>
            <@buttons.actionGroup>
                <@buttons.button id="saveTOTPBtn" label="doSubmit" class=["kcButtonPrimaryClass", "kcButtonBlockClass"] />
                <#if isAppInitiatedAction??>
                    <@buttons.button id="cancelTOTPBtn" name="cancel-aia" label="doCancel" class=["kcButtonSecondaryClass", "kcButtonBlockClass"] value="true" />
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
