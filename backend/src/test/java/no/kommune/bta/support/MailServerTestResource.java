package no.kommune.bta.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the tests (GreenMail), on a free port of 127.0.0.1; the mailer sends to it. Started once for
 * the whole run ({@link RealMailServer}); tests read what arrived with {@link #to(String)}.
 */
public class MailServerTestResource implements QuarkusTestResourceLifecycleManager {
    private static volatile GreenMail server;

    /** One mail as it arrived: recipients, subject and the decoded plain text. */
    public record Received(List<String> to, String subject, String text) {
    }

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        if (server != null) server.stop();
    }

    /** Every mail that arrived for the address so far. */
    public static List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(MailServerTestResource::read)
                .filter(m -> m.to().contains(address)).toList();
    }

    private static Received read(MimeMessage m) {
        try {
            List<String> to = Arrays.stream(m.getAllRecipients()).map(a -> a.toString()).toList();
            return new Received(to, m.getSubject(), String.valueOf(m.getContent()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
