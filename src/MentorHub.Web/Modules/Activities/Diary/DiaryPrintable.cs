using System.Text;
using System.Text.Encodings.Web;
using MentorHub.Web.Platform.Localisation;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Activities.Diary;

/// <summary>The diary as one printable HTML page; everything people typed is HTML-encoded.</summary>
internal static class DiaryPrintable
{
    public const string ContentType = "text/html; charset=utf-8";

    public static string Build(ClusterDiary diary, IStringLocalizer L)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        var title = L["Activities.Diary.DocumentTitle", diary.ClusterName].Value;
        html.Append($"<!DOCTYPE html><html lang=\"{TextCatalog.CurrentLanguage()}\"><head><meta charset=\"utf-8\"><title>{e.Encode(title)}</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.3rem .5rem;text-align:left;vertical-align:top}dt{font-weight:bold}dd{margin:0 0 .5rem 0;white-space:pre-line}@media print{body{margin:0}}</style></head><body><main>");
        html.Append($"<h1>{e.Encode(title)}</h1><p>{e.Encode(DiaryTexts.Period(diary))}</p>");
        html.Append($"<h2>{e.Encode(L["Activities.Diary.Activities"])}</h2>");
        if (diary.Activities.Count == 0)
        {
            html.Append($"<p>{e.Encode(L["Activities.Diary.NoActivities"])}</p>");
        }
        else
        {
            html.Append($"<table><caption>{e.Encode(L["Activities.Diary.Activities"])}</caption><thead><tr>");
            foreach (var h in new[] { "Date", "Title", "Format", "Mode", "Host", "Participants" })
            {
                html.Append($"<th scope=\"col\">{e.Encode(L["Activities.Field." + h])}</th>");
            }
            html.Append("</tr></thead><tbody>");
            foreach (var a in diary.Activities)
            {
                html.Append($"<tr><td>{e.Encode(Dates.DayAndTime(a.StartsAt))}</td><th scope=\"row\">{e.Encode(a.Title)}{(a.Topic is { } topic ? $"<br><i>{e.Encode(topic)}</i>" : "")}</th><td>{e.Encode(L["Activities.Format." + a.Format])}</td>");
                html.Append($"<td>{e.Encode(L["Activities.Mode." + a.Mode])}</td><td>{e.Encode(DiaryTexts.Host(a, diary))}</td><td>{e.Encode(DiaryTexts.Participants(a, diary, L))}</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append($"<h2>{e.Encode(L["Activities.Diary.Reflections"])}</h2>");
        if (diary.Reflections.Count == 0)
        {
            html.Append($"<p>{e.Encode(L["Activities.Diary.NoReflections"])}</p>");
        }
        foreach (var school in diary.BySchool())
        {
            html.Append($"<h3>{e.Encode(diary.School(school.Key))}</h3>");
            foreach (var r in school)
            {
                html.Append($"<h4>{e.Encode(DiaryTexts.About(r, L))}</h4><dl>");
                foreach (var (label, text) in DiaryTexts.Parts(r, L))
                {
                    html.Append($"<dt>{e.Encode(label)}</dt><dd>{e.Encode(text)}</dd>");
                }
                if (r.MentorComment is { } comment)
                {
                    html.Append($"<dt>{e.Encode(L["Activities.Reflection.MentorComment"])}</dt><dd>{e.Encode(comment)}</dd>");
                }
                html.Append("</dl>");
            }
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }
}
