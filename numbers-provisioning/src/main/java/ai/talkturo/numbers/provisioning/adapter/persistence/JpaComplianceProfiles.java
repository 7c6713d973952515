package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceProfiles;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link ComplianceProfiles} in {@code compliance_profiles}, with their documents' details in {@code compliance_documents}. */
@ApplicationScoped
@Transactional
public class JpaComplianceProfiles implements ComplianceProfiles {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(ComplianceProfile profile) {
        em.persist(new ComplianceProfileRow(profile));
        profile.documents().forEach(document -> em.persist(new ComplianceDocumentRow(profile.id(), document)));
        em.flush();
    }

    @Override
    public Optional<ComplianceProfile> inAccount(String accountId, String id) {
        return byId(id).filter(profile -> profile.accountId().equals(accountId));
    }

    @Override
    public Optional<ComplianceProfile> byId(String id) {
        return Optional.ofNullable(em.find(ComplianceProfileRow.class, id)).map(row -> row.toProfile(documentsOf(id)));
    }

    @Override
    public Optional<ComplianceProfile> byCarrierReference(String provider, String carrierReference) {
        return withDocuments(em.createQuery("select p from ComplianceProfileRow p where p.provider = :provider"
                        + " and p.carrierReference = :reference", ComplianceProfileRow.class)
                .setParameter("provider", provider)
                .setParameter("reference", carrierReference)
                .setMaxResults(1)
                .getResultList()).stream().findFirst();
    }

    @Override
    public void update(ComplianceProfile profile) {
        ComplianceProfileRow row = em.find(ComplianceProfileRow.class, profile.id());
        Versions.requireSame(profile.id(), row.version(), profile.version());
        row.copy(profile);
        List<String> stored = documentsOf(profile.id()).stream().map(ProfileDocument::id).toList();
        profile.documents().stream()
                .filter(document -> !stored.contains(document.id()))
                .forEach(document -> em.persist(new ComplianceDocumentRow(profile.id(), document)));
        em.flush();
    }

    @Override
    public List<ComplianceProfile> ofAccount(String accountId, int limit) {
        return withDocuments(em.createQuery("select p from ComplianceProfileRow p where p.accountId = :account"
                        + " order by p.createdAt desc, p.id desc", ComplianceProfileRow.class)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public List<ComplianceProfile> inReview(int limit) {
        return withStatus(List.of(ComplianceStatus.IN_REVIEW), "p.submittedAt, p.id", limit);
    }

    @Override
    public List<ComplianceProfile> approvalEndedBy(Instant now, int limit) {
        return withDocuments(em.createQuery("select p from ComplianceProfileRow p where p.status = :approved"
                        + " and p.validUntil is not null and p.validUntil <= :now order by p.validUntil",
                        ComplianceProfileRow.class)
                .setParameter("approved", ComplianceStatus.APPROVED.apiName())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public List<ComplianceProfile> withStatus(List<ComplianceStatus> statuses, int limit) {
        return withStatus(statuses, "p.updatedAt desc, p.id", limit);
    }

    private List<ComplianceProfile> withStatus(List<ComplianceStatus> statuses, String order, int limit) {
        return withDocuments(em.createQuery("select p from ComplianceProfileRow p where p.status in :statuses"
                        + " order by " + order, ComplianceProfileRow.class)
                .setParameter("statuses", statuses.stream().map(ComplianceStatus::apiName).toList())
                .setMaxResults(limit)
                .getResultList());
    }

    /** The profiles of these rows with their documents, read in one query. */
    private List<ComplianceProfile> withDocuments(List<ComplianceProfileRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ProfileDocument>> documents = em.createQuery("select d from ComplianceDocumentRow d"
                        + " where d.profileId in :profiles order by d.addedAt, d.id", ComplianceDocumentRow.class)
                .setParameter("profiles", rows.stream().map(ComplianceProfileRow::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(ComplianceDocumentRow::profileId,
                        Collectors.mapping(ComplianceDocumentRow::toDocument, Collectors.toList())));
        return rows.stream().map(row -> row.toProfile(documents.getOrDefault(row.id(), List.of()))).toList();
    }

    private List<ProfileDocument> documentsOf(String profileId) {
        return em.createQuery("select d from ComplianceDocumentRow d where d.profileId = :profile"
                        + " order by d.addedAt, d.id", ComplianceDocumentRow.class)
                .setParameter("profile", profileId)
                .getResultStream().map(ComplianceDocumentRow::toDocument).toList();
    }
}
