using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Journey.Demo;

/// <summary>
/// Where the demo clusters stand in the process model, recorded the way coordinators move them: each
/// cluster went phase by phase from the start of the school year, and together they are spread over the
/// seven phases. The featured mentee Talaíde's (PT-277629, <see cref="DemoKeys.MenteeSchool"/>) cluster has finished its first cycle's development action and is
/// in reflection of cycle 1, with one mentee a step behind. Every cluster past the anchoring meeting has
/// an agreement confirmed by all its schools; the cluster in the anchoring meeting waits for some. Where
/// there are fewer than seven clusters, schools that stand apart from their cluster fill the missing phase.
/// </summary>
internal sealed class JourneyDemo(IClusterDirectory clusters, TimeProvider time) : IDemoContributor
{
    public int Order => 70;

    /// <summary>Days before today on which a cluster that went all the way reached each phase.</summary>
    private static readonly Dictionary<JourneyPhase, int> DaysAgo = new()
    {
        [JourneyPhase.AnchoringMeeting] = 88,
        [JourneyPhase.JointPlanning] = 80,
        [JourneyPhase.MappingNeeds] = 72,
        [JourneyPhase.AcquiringNewPerspectives] = 55,
        [JourneyPhase.DevelopmentAction] = 40,
        [JourneyPhase.Reflection] = 6,
    };

    private static readonly Dictionary<JourneyPhase, string> Notes = new()
    {
        [JourneyPhase.AnchoringMeeting] = "Primeira reunião marcada com as direções de todas as escolas.",
        [JourneyPhase.JointPlanning] = "Acordo aprovado na reunião de arranque.",
        [JourneyPhase.MappingNeeds] = "Objetivos comuns escolhidos; cada escola faz a autoavaliação.",
        [JourneyPhase.AcquiringNewPerspectives] = "Relatórios partilhados com a escola mentora.",
        [JourneyPhase.DevelopmentAction] = "Visitas e webinars feitos; os planos de desenvolvimento estão em curso.",
        [JourneyPhase.Reflection] = "Fim das ações do período: cada escola escreve a sua reflexão.",
    };

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programmeId = Guid.Parse(demo.Ids[DemoKeys.Programme]);
        var now = time.GetUtcNow().UtcDateTime;
        var coordinatorId = demo.Ids.TryGetValue("user.hub@demo.example", out var h) ? Guid.Parse(h) : (Guid?)null;
        var mentorUser = demo.Ids.TryGetValue("user.mentor-school@demo.example", out var m) ? Guid.Parse(m) : (Guid?)null;
        var talaide = demo.Ids[DemoKeys.MenteeSchool];
        var all = await clusters.MembersOfProgrammeAsync(programmeId, null, ct);
        // Talaíde's cluster first, then by name: the order decides which phase each cluster reached.
        var ordered = all.Where(c => c.SchoolIds.Count >= 2)
            .OrderBy(c => c.SchoolIds.Contains(talaide) ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        // Talaíde's cluster in reflection; the others from development action down to initiative (joint planning
        // last, as the demo has six clusters: there a school of the cluster mapping its needs stands instead).
        JourneyPhase[] reached = [JourneyPhase.Reflection, JourneyPhase.DevelopmentAction, JourneyPhase.AcquiringNewPerspectives,
            JourneyPhase.MappingNeeds, JourneyPhase.AnchoringMeeting, JourneyPhase.Initiative, JourneyPhase.JointPlanning];
        for (var k = 0; k < ordered.Count; k++)
        {
            var cluster = ordered[k];
            var phase = reached[k % reached.Length];
            var track = JourneyTrack.ForCluster(programmeId, cluster.Id);
            foreach (var step in JourneyPhases.All.Where(p => p > JourneyPhase.Initiative && p <= phase))
            {
                // Clusters further down the list started a little later.
                var at = now.AddDays(-DaysAgo[step] + k).Date.AddHours(16);
                demo.Db.Add(track.MoveTo(step, coordinatorId, "Hugo Hub", DateTime.SpecifyKind(at, DateTimeKind.Utc), Notes[step]));
            }
            if (track.Moves.Count > 0)
            {
                demo.Db.Add(track);
            }
            if (phase >= JourneyPhase.AnchoringMeeting)
            {
                var (by, name) = k == 0 ? (mentorUser, "Marta Mentora") : ((Guid?)null, "Direção da escola mentora");
                demo.Db.Add(AgreementOf(cluster, programmeId, phase, by, name, now.AddDays(-DaysAgo[JourneyPhase.AnchoringMeeting] + k + 3)));
            }
            if (k == 0 && cluster.MenteeSchoolIds.FirstOrDefault(s => s != talaide) is { } behind)
            {
                // One mentee still finishing its actions: its own track stays in development action.
                var own = JourneyTrack.ForSchool(track, behind);
                demo.Db.Add(own.MoveTo(JourneyPhase.DevelopmentAction, coordinatorId, "Hugo Hub", now.AddDays(-5),
                    "A visita de job shadowing passou para janeiro; a reflexão desta escola fica para depois."));
                demo.Db.Add(own);
            }
            if (phase == JourneyPhase.MappingNeeds && cluster.MenteeSchoolIds.LastOrDefault() is { } planning)
            {
                var own = JourneyTrack.ForSchool(track, planning);
                demo.Db.Add(own.MoveTo(JourneyPhase.JointPlanning, coordinatorId, "Hugo Hub", now.AddDays(-3),
                    "O conselho pedagógico ainda não aprovou os objetivos; a autoavaliação começa depois."));
                demo.Db.Add(own);
            }
        }
    }

    private static Agreement AgreementOf(ClusterMembers cluster, Guid programmeId, JourneyPhase phase, Guid? by, string name, DateTime at)
    {
        var agreement = Agreement.Draft(programmeId, cluster.Id);
        agreement.Edit(new AgreementText(
            "Escola mentora: a diretora, a coordenadora digital e dois professores\n"
                + $"Cada uma das {cluster.MenteeSchoolIds.Count} escolas mentoradas: um membro da direção e a equipa de desenvolvimento (três a cinco professores)\n"
                + "Hub regional: o coordenador do hub, nas reuniões de início e de fim de período",
            "1. Cada escola conhece as suas necessidades (autoavaliação de líderes e professores).\n"
                + "2. Cada escola tem um plano de desenvolvimento com dois ou três objetivos.\n"
                + "3. Pelo menos metade dos professores experimenta um método novo nas aulas até ao fim do ano.",
            "Uma reunião online por mês (primeira terça, 17h00) e uma visita presencial por período.",
            "A escola mentora prepara e modera as reuniões e comenta os planos. As escolas mentoradas escrevem o diário da sua participação "
                + "e partilham os relatórios. O hub acompanha e ajuda quando o ciclo para."),
            by, name, DateTime.SpecifyKind(at, DateTimeKind.Utc));
        // Past the anchoring meeting every school has confirmed; in it, the mentor and the first mentee only.
        var confirming = phase > JourneyPhase.AnchoringMeeting ? cluster.SchoolIds : cluster.SchoolIds.Take(2).ToList();
        foreach (var (school, i) in confirming.Select((s, i) => (s, i)))
        {
            agreement.Confirm(school, null, school == cluster.MentorSchoolId ? name : "Equipa de desenvolvimento", DateTime.SpecifyKind(at.AddDays(1 + i), DateTimeKind.Utc));
        }
        return agreement;
    }
}
