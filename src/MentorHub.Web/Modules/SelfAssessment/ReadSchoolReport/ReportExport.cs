using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;

namespace MentorHub.Web.Modules.SelfAssessment.ReadSchoolReport;

/// <summary>
/// CSV and XLSX of a report. Built from the same report object as the page and the API, so a
/// suppressed group is a row saying so, with empty number cells, in every format.
/// </summary>
internal static class ReportExport
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/rounds/{id}/report/export", ExportAsync)
            .WithName("ExportRoundReport").WithSummary("The school report as CSV (format=csv) or an XLSX workbook (format=xlsx).")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<IResult> ExportAsync(string id, string? format, string? lang, ClaimsPrincipal user, SchoolReportReader reader, CancellationToken ct)
    {
        TableFiles.RequireFormat(format);
        var loaded = await reader.ReadAsync(id, user, ct);
        var language = lang ?? Platform.Localisation.TextCatalog.CurrentLanguage();
        var rows = AreaRows(loaded, language);
        var name = $"report-{loaded.Round.SchoolId}-{loaded.Round.OpensAt:yyyy-MM-dd}";
        if (format == "csv")
        {
            return TableFiles.Csv(AreaHeader, rows, name);
        }

        var sheets = new Dictionary<string, List<Dictionary<string, object?>>>
        {
            ["Areas"] = TableFiles.Sheet(AreaHeader, rows),
            ["Statements"] = loaded.Report.Distributions.Select(d => new Dictionary<string, object?>
            {
                ["group"] = d.Group,
                ["areaId"] = d.AreaId,
                ["itemId"] = d.ItemId,
                ["statement"] = loaded.Instrument.FindItem(d.ItemId)?.Text.Get(language),
                ["1"] = d.Counts[0], ["2"] = d.Counts[1], ["3"] = d.Counts[2], ["4"] = d.Counts[3], ["5"] = d.Counts[4],
                ["dontKnow"] = d.DontKnow,
            }).ToList(),
            ["Changes"] = loaded.Report.Changes.Select(c => new Dictionary<string, object?>
            {
                ["group"] = c.Group, ["areaId"] = c.AreaId, ["previousMean"] = c.PreviousMean, ["mean"] = c.Mean,
                ["difference"] = c.Difference, ["effectSize"] = c.EffectSize, ["ciLow"] = c.CiLow, ["ciHigh"] = c.CiHigh,
            }).ToList(),
        };
        return await TableFiles.XlsxAsync(sheets, name, ct);
    }

    private static readonly string[] AreaHeader = ["group", "suppressed", "respondents", "areaId", "area", "mean", "agreeShare", "answered"];

    private static List<object?[]> AreaRows(LoadedReport loaded, string language)
    {
        var rows = new List<object?[]>();
        foreach (var g in loaded.Report.Groups)
        {
            if (g.Suppressed)
            {
                rows.Add([g.Group, true, null, null, null, null, null, null]);
                continue;
            }
            foreach (var a in g.Areas)
            {
                rows.Add([g.Group, false, g.Respondents, a.AreaId, loaded.Instrument.FindArea(a.AreaId)?.Name.Get(language), a.Mean, a.AgreeShare, a.Answered]);
            }
        }
        return rows;
    }
}
