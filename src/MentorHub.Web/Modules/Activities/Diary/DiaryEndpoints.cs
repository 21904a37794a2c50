using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Activities.Diary;

internal static class DiaryEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/clusters/{id:guid}/diary", DiaryAsync)
            .WithName("ClusterDiary").WithSummary("The cluster diary of a period (from, to: yyyy-MM-dd; the current term without them): activities and reflections in date order, format=docx (Word) or html (printable), in the reader's language.")
            .Produces(StatusCodes.Status200OK, contentType: DiaryDocument.ContentType)
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> DiaryAsync(
        Guid id, string? from, string? to, string? format, ClaimsPrincipal user, DiaryHandler handler, IStringLocalizer<DiaryHandler> L, CancellationToken ct)
    {
        var kind = DiaryHandler.CheckFormat(format);
        var diary = await handler.ReadAsync(id, from, to, user, ct);
        return kind == DiaryHandler.Html
            ? TypedResults.Text(DiaryPrintable.Build(diary, L), DiaryPrintable.ContentType)
            : TypedResults.File(DiaryDocument.Build(diary, L), DiaryDocument.ContentType, DiaryHandler.FileName(diary, "docx"));
    }
}
