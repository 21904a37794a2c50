using MentorHub.Web.Modules.Activities.LogActivity;
using MentorHub.Web.Modules.Activities.Reflect;
using MentorHub.Web.Platform.Localisation;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Activities.Diary;

/// <summary>The words a diary uses, in the reader's language, shared by the DOCX and the printable page.</summary>
internal static class DiaryTexts
{
    public static string Period(ClusterDiary d) => $"{Dates.Day(d.From)} – {Dates.Day(d.To)}";

    public static string Participants(ActivityDto a, ClusterDiary d, IStringLocalizer L) =>
        a.Participants.Count == 0
            ? "—"
            : string.Join("; ", a.Participants.Select(p => L["Activities.Diary.ParticipantCounts", d.School(p.SchoolId), p.Leaders, p.Teachers, p.Students].Value));

    public static string Host(ActivityDto a, ClusterDiary d) => d.School(a.HostSchoolId);

    public static string About(ReflectionDto r, IStringLocalizer L) =>
        r.ActivityId is not null
            ? L["Activities.Diary.OnActivity", r.ActivityTitle ?? "", Dates.Day(r.At)]
            : L["Activities.Diary.OnTerm", Dates.Day(r.TermStart!.Value), Dates.Day(r.TermEnd!.Value)];

    public static IEnumerable<(string Label, string Text)> Parts(ReflectionDto r, IStringLocalizer L) =>
        new[]
        {
            (L["Activities.Reflection.Did"].Value, r.Did),
            (L["Activities.Reflection.Learned"].Value, r.Learned),
            (L["Activities.Reflection.Hard"].Value, r.Hard),
            (L["Activities.Reflection.Next"].Value, r.Next),
        }.Where(p => p.Item2.Length > 0);
}
