using System.Globalization;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Toolbox.Domain;

/// <summary>A recommendation's reasons as sentences in one language, naming the area and the figure.</summary>
internal static class ReasonTexts
{
    public static CatalogText Text(Reason reason, string areaName) => reason.Kind switch
    {
        ReasonKinds.WeakArea => new("Toolbox.Reason.WeakArea", CatalogText.Plain(areaName), reason.Figure),
        ReasonKinds.Gap when reason.Figure >= 0 => new("Toolbox.Reason.GapLeadersHigher", CatalogText.Plain(areaName), Math.Abs(reason.Figure ?? 0)),
        ReasonKinds.Gap => new("Toolbox.Reason.GapTeachersHigher", CatalogText.Plain(areaName), Math.Abs(reason.Figure ?? 0)),
        ReasonKinds.UsedByOthers when reason.Figure is { } share => new("Toolbox.Reason.UsedByOthersOutcome", reason.Clusters, share),
        ReasonKinds.UsedByOthers when reason.Clusters == 1 => new("Toolbox.Reason.UsedByOneOther"),
        _ => new("Toolbox.Reason.UsedByOthers", reason.Clusters),
    };

    /// <summary>The sentence in <paramref name="language"/> (en or pt; anything else reads English).</summary>
    public static string Sentence(Reason reason, string areaName, string language)
    {
        var lang = TextCatalog.SupportedLanguages.Contains(language) ? language : TextCatalog.DefaultLanguage;
        return Text(reason, areaName).Render(key => TextCatalog.Shared.Find(lang, key), CultureInfo.GetCultureInfo(lang));
    }
}
