package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import ai.talkturo.numbers.provisioning.ProfileBook;
import ai.talkturo.numbers.provisioning.SubmitProfile;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's compliance profiles: the proof of who and where it is that regulated numbers are sold with. A profile
 * is created as a draft, filled in, given its documents (uploaded as {@code multipart/form-data}, which
 * {@link PublishedApi} describes, since the OpenAPI scanner cannot) and submitted to the carrier, whose review
 * approves or rejects it.
 */
@Tag(name = "Compliance profiles")
@Path("compliance-profiles")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceProfilesResource {

    /** A request's own overhead around a document: its other part and the multipart boundaries. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    public record ProfileAnswer(boolean success, ComplianceProfileJson profile) {
    }

    public record ProfileList(boolean success, List<ComplianceProfileJson> profiles, String nextCursor) {
    }

    public record DocumentAnswer(boolean success, ComplianceProfileJson.DocumentJson document) {
    }

    @Inject
    Caller caller;
    @Inject
    ProfileBook book;
    @Inject
    SubmitProfile submitProfile;

    @Operation(operationId = "createComplianceProfile", summary = "Start a compliance profile as a draft")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplianceProfilesResource.ProfileAnswer.class)))
    @POST
    public Response create(ComplianceRequests.NewProfile body) {
        ComplianceProfile profile = book.open(caller.accountId(), body.country(), body.type(), body.endUserKind(),
                body.endUser.toEndUser(), body.addressId);
        return Response.status(Response.Status.CREATED).entity(answer(profile)).build();
    }

    @Operation(operationId = "listComplianceProfiles", summary = "List the account's compliance profiles")
    @GET
    public ProfileList list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging.Page<ComplianceProfile> page = Paging.of(limit, cursor).page(book.ofAccount(caller.accountId()),
                ComplianceProfile::id);
        return new ProfileList(true, page.items().stream().map(ComplianceProfileJson::of).toList(), page.nextCursor());
    }

    @Operation(operationId = "getComplianceProfile", summary = "Read one compliance profile and what it still misses")
    @GET
    @Path("{id}")
    public ProfileAnswer get(@PathParam("id") String id) {
        return answer(book.inAccount(caller.accountId(), id));
    }

    @Operation(operationId = "updateComplianceProfile", summary = "Change a draft or rejected compliance profile")
    @PATCH
    @Path("{id}")
    public ProfileAnswer change(@PathParam("id") String id, ComplianceRequests.ProfileChange body) {
        ComplianceProfile profile = book.inAccount(caller.accountId(), id);
        return answer(book.change(caller.accountId(), id,
                body.endUser == null ? profile.endUser() : body.endUser.toEndUser(),
                body.addressId == null ? profile.addressId() : body.addressId));
    }

    @Operation(operationId = "addComplianceDocument", summary = "Upload a document of a draft or rejected profile")
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addDocument(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                                @FormParam("type") String type, @FormParam("file") EntityPart file) throws IOException {
        if (length != null && length > ProfileDocument.LARGEST + MULTIPART_OVERHEAD) {
            throw new PayloadTooLarge("a compliance document may be at most 10 MB");
        }
        book.inAccount(caller.accountId(), id);
        DocumentType documentType = documentType(type);
        if (file == null) {
            throw new InvalidRequest("file", "is required: the document's PDF, PNG or JPEG file");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes((int) ProfileDocument.LARGEST + 1);
        }
        if (content.length > ProfileDocument.LARGEST) {
            throw new PayloadTooLarge("a compliance document may be at most 10 MB");
        }
        if (content.length == 0) {
            throw new InvalidRequest("file", "is empty");
        }
        ProfileDocument document = book.addDocument(caller.accountId(), id, documentType,
                file.getFileName().orElse(null), content);
        return Response.status(Response.Status.CREATED)
                .entity(new DocumentAnswer(true, ComplianceProfileJson.DocumentJson.of(document))).build();
    }

    @Operation(operationId = "submitComplianceProfile", summary = "Hand a complete profile to the carrier for review")
    @POST
    @Path("{id}/submit")
    public ProfileAnswer submit(@PathParam("id") String id) {
        return answer(submitProfile.submit(caller.accountId(), id));
    }

    private static DocumentType documentType(String type) {
        if (type == null || type.isBlank()) {
            throw new InvalidRequest("type", "is required: business_registration, proof_of_address or government_id");
        }
        return DocumentType.fromApiName(type.strip()).orElseThrow(() -> new InvalidRequest("type",
                "must be one of business_registration, proof_of_address, government_id"));
    }

    private static ProfileAnswer answer(ComplianceProfile profile) {
        return new ProfileAnswer(true, ComplianceProfileJson.of(profile));
    }
}
