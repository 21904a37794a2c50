using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Web.Modules.SelfAssessment.Api;

/// <summary>
/// The one rule for what survey numbers may be shown (ADR 0009). Every reader and export of survey
/// results asks it: the school report, its exports, the schools heatmap, the programme's change,
/// outcome results and the needs fed to the cluster optimiser.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Counting.</b> A respondent counts toward a group only with at least one real answer (not
/// "don't know"); toward an area only with at least one answered item of that area; toward an item
/// only with a value for it. Blank responses are stored and shown as submissions, never as respondents.</item>
/// <item><b>Cells.</b> A group, area or item is shown only when it rests on at least
/// <see cref="Threshold"/> counted respondents. Figures that aggregate the same answers over
/// different respondents (an area and its items; a pool and its parts) differ by whole shown cells
/// or by at least the threshold, so no difference isolates fewer respondents.</item>
/// <item><b>Release.</b> A round's numbers are shown once it is closed, never while it takes
/// answers, and a closed round is never reopened.</item>
/// </list>
/// </remarks>
public sealed record AnonymityPolicy
{
    public AnonymityPolicy(int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        Threshold = threshold;
    }

    /// <summary>The fewest counted respondents any shown figure rests on (the programme's setting).</summary>
    public int Threshold { get; }

    public static AnonymityPolicy Of(ProgrammeSummary programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new AnonymityPolicy(programme.AnonymityThreshold);
    }

    /// <summary>The counting rule for a group: at least one of the answers is a value, not "don't know".</summary>
    public static bool Counts(IEnumerable<int?> scaleAnswers) => scaleAnswers.Any(a => a is not null);

    /// <summary>Whether a cell (group, area, item) resting on this many counted respondents may be shown.</summary>
    public bool MayShow(int countedRespondents) => countedRespondents >= Threshold;

    /// <summary>
    /// Whether a figure over <paramref name="part"/> respondents may be shown beside a figure of the same
    /// answers over <paramref name="whole"/> respondents that contain them: the two sets must be equal
    /// or differ by at least the threshold, else their difference describes a handful of people.
    /// </summary>
    public bool MayShowBeside(int part, int whole) => MayShow(part) && (whole == part || whole - part >= Threshold);

    /// <summary>Whether the numbers of a round with this status may be shown: only once it is closed.</summary>
    internal static bool IsReleased(RoundStatus status) => status == RoundStatus.Closed;

    internal static bool IsReleased(SurveyRound round, DateTime now) => IsReleased(round.StatusAt(now));

    internal static bool IsReleased(DateTime opensAt, DateTime closesAt, DateTime? closedAt, DateTime now) =>
        IsReleased(SurveyRound.StatusAt(opensAt, closesAt, closedAt, now));
}
