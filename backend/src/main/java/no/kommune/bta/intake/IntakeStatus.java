package no.kommune.bta.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kommune.bta.security.Roles;

/** Statuses of an application and the steps each role may take next (pure). */
public final class IntakeStatus {
    public static final Set<String> ALL = Set.of("SUBMITTED", "WAITING", "ALLOCATED", "INFORMED", "ORIENTED",
            "DECIDED", "DECLINED", "WITHDRAWN", "REJECTED", "MOVED_IN");

    private IntakeStatus() {
    }

    /**
     * The actions the SPA offers; the service enforces the same order on its own. Once an agreement is
     * open on the application, it is handled at the facility and nothing more is done here.
     */
    public static List<String> nextActions(String status, Set<String> roles, boolean openAgreement) {
        if (openAgreement) return List.of();
        List<String> out = new ArrayList<>();
        boolean hvk = roles.contains(Roles.HVK);
        boolean esikt = roles.contains(Roles.ESIKT);
        switch (status) {
            case "SUBMITTED" -> {
                if (esikt) out.add("PRIORITISE");
                if (hvk) out.addAll(List.of("WITHDRAW", "REJECT"));
            }
            case "WAITING" -> {
                if (esikt) out.addAll(List.of("PRIORITISE", "ALLOCATE"));
                if (hvk) out.addAll(List.of("WITHDRAW", "REJECT"));
            }
            case "ALLOCATED" -> {
                if (hvk) out.addAll(List.of("INFORM", "SCHEDULE_ORIENTATION", "WITHDRAW", "REJECT"));
            }
            case "INFORMED" -> {
                if (hvk) out.addAll(List.of("SCHEDULE_ORIENTATION", "RECORD_ORIENTATION", "WITHDRAW", "REJECT"));
            }
            case "ORIENTED" -> {
                if (hvk) out.addAll(List.of("DECIDE", "WITHDRAW", "REJECT"));
            }
            case "DECIDED" -> {
                if (hvk) out.add("WITHDRAW");
            }
            default -> {
            }
        }
        return out;
    }
}
