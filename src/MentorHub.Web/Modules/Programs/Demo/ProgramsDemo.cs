using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Programs;

/// <summary>
/// A MenSI-like national programme: two regional hubs of the Lisbon area, one formed top-down and one
/// bottom-up, each with three mentor schools and twelve mentee schools from the real register.
/// </summary>
internal sealed class ProgramsDemo : IDemoContributor
{
    internal static readonly string[] LisbonMentors = ["PT-346767", "PT-331053", "PT-340340"];
    internal static readonly string[] LisbonMentees =
    [
        "PT-277629", "PT-287805", "PT-290245", "PT-287751", "PT-253110", "PT-253583",
        "PT-243760", "PT-243784", "PT-295541", "PT-806869", "PT-254654", "PT-238417",
    ];
    internal static readonly string[] SetubalMentors = ["PT-310086", "PT-310153", "PT-330346"];
    internal static readonly string[] SetubalMentees =
    [
        "PT-806742", "PT-254370", "PT-253662", "PT-253182", "PT-242834", "PT-254678",
        "PT-243747", "PT-243577", "PT-506965", "PT-806502", "PT-294196", "PT-231370",
    ];

    public int Order => 20;

    public Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programme = Programme.Create(
            "Escolas Mentoras 2026–2027", "PT", new DateOnly(2026, 9, 1), new DateOnly(2027, 7, 31), ["pt", "en"], 5,
            "Whole-school mentoring in the Lisbon metropolitan area: experienced schools mentor clusters of four schools for one school year.");
        string[] priorities = ["Flexible learning spaces", "Small or rural schools", "Personalised learning", "STEM and robotics", "Socially disadvantaged students"];
        foreach (var p in priorities)
        {
            programme.AddPriority(p);
        }
        demo.Db.Add(programme);

        var lisbon = new Hub { ProgrammeId = programme.Id, Name = "Hub Regional de Lisboa", Region = "Lisboa", Kind = HubKind.TopDown, Description = "Clusters formed by the coordinator, by distance." };
        lisbon.AddStakeholder("Instituto de Educação, Universidade de Lisboa", StakeholderKind.University, "Ana Ribeiro", "ana.ribeiro@example.org", "+351 210 000 001", "https://www.example.org/ie");
        lisbon.AddStakeholder("Direção Regional de Educação de Lisboa", StakeholderKind.Agency, "Rui Fonseca", "rui.fonseca@example.org", null, null);
        lisbon.AddStakeholder("Oficina de Robótica Educativa", StakeholderKind.Company, "Marta Lopes", "marta@example.com", null, null);
        var setubal = new Hub { ProgrammeId = programme.Id, Name = "Rede de Escolas de Setúbal", Region = "Setúbal", Kind = HubKind.BottomUp, Description = "Schools form their own clusters; the hub approves." };
        setubal.AddStakeholder("Instituto Politécnico de Setúbal", StakeholderKind.University, "João Matos", "joao.matos@example.org", null, null);
        setubal.AddStakeholder("Associação Escola Digital", StakeholderKind.Ngo, "Inês Carvalho", "ines@example.org", null, null);
        demo.Db.AddRange(lisbon, setubal);

        var codes = programme.Priorities.Select(p => p.Code).ToArray();
        AddParticipants(demo, programme, lisbon, LisbonMentors, LisbonMentees, codes);
        AddParticipants(demo, programme, setubal, SetubalMentors, SetubalMentees, codes);

        demo.Ids[DemoKeys.Programme] = programme.Id.ToString();
        demo.Ids[DemoKeys.TopDownHub] = lisbon.Id.ToString();
        demo.Ids[DemoKeys.BottomUpHub] = setubal.Id.ToString();
        demo.Ids[DemoKeys.MentorSchool] = LisbonMentors[0];
        demo.Ids[DemoKeys.MenteeSchool] = LisbonMentees[0];
        for (var i = 0; i < LisbonMentees.Length; i++)
        {
            demo.Ids[DemoKeys.LisbonMentee(i)] = LisbonMentees[i];
        }
        return Task.CompletedTask;
    }

    private static void AddParticipants(DemoContext demo, Programme programme, Hub hub, string[] mentors, string[] mentees, string[] priorityCodes)
    {
        var i = 0;
        foreach (var (schoolId, role) in mentors.Select(m => (m, ParticipantRole.Mentor)).Concat(mentees.Select(m => (m, ParticipantRole.Mentee))))
        {
            // Each school works on two priorities, spread so clusters share some and differ on others.
            var priorities = new List<string> { priorityCodes[i % priorityCodes.Length], priorityCodes[(i + 2) % priorityCodes.Length] };
            var participation = new Participation { ProgrammeId = programme.Id, SchoolId = schoolId, Role = role, HubId = hub.Id, PriorityCodes = priorities };
            participation.MoveTo(ParticipationStatus.Active);
            demo.Db.Add(participation);
            i++;
        }
    }
}
