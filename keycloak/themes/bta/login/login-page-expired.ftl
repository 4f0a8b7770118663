<#-- BTA: the page Keycloak shows when a login page is used after its step has passed (the browser's Back button, or
     a page left open too long): two plain choices in a list instead of two "Klikk her" links in a sentence. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <p id="instruction1" class="instruction">${msg("pageExpiredIntro")}</p>
        <ul class="bta-choices">
            <li><a id="loginContinueLink" href="${url.loginAction}">${msg("pageExpiredContinue")}</a></li>
            <li><a id="loginRestartLink" href="${url.loginRestartFlowUrl}">${msg("pageExpiredRestart")}</a></li>
        </ul>
    </#if>
</@layout.registrationLayout>
