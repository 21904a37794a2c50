using System.Text;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MentorHub.Web.Modules.Schools.ImportSchools;

internal static class ImportSchoolsEndpoint
{
    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/plain"];

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/schools/import", HandleAsync)
            .WithName("ImportSchools")
            .WithSummary("Import or update schools from a register file (CSV, all or nothing; administrators).")
            .WithDescription("Body: text/csv (UTF-8) with the header id,name,country,region,municipality,level,pupils,latitude,longitude. A file with any bad row imports nothing and the errors name each line and field.")
            .Accepts<string>("text/csv")
            .RequireAuthorization(Policies.Admin)
            .DisableAntiforgery();

    private static async Task<Results<Ok<ImportSchoolsResponse>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, ImportSchoolsHandler handler, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is null || !CsvTypes.Contains(mediaType))
        {
            return TypedResults.Problem(
                title: "Send the register file as text/csv (UTF-8).",
                detail: $"The content type was '{request.ContentType ?? "none"}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        // Read whole (the body size is capped) so the parser never blocks on the network.
        using var body = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: false));
        using var text = new StringReader(await body.ReadToEndAsync(ct));
        return TypedResults.Ok(await handler.ImportAsync(text, ct));
    }
}
