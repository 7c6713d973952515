package ai.talkturo.numbers.routing;

/**
 * The answer a call gets and the rule that chose it, in words: what {@code GET /api/admin/routes/{e164}} and the
 * console show for a call right now.
 *
 * @param rule the inbound rule that applied ({@code blockedCallers}, {@code businessHours}, {@code fallback}), or
 *             {@code null} when none did
 */
public record InboundDecision(InboundAnswer answer, String rule, String reason) {
}
