using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Toolbox.Demo;

/// <summary>
/// The demo programme's own method (a walk through flexible learning spaces, one of its national priorities)
/// and one completed TISL inquiry by the demo teacher at her school (Talaíde), shared with the cluster.
/// The shipped methods need nothing: they are code.
/// </summary>
internal sealed class ToolboxDemo(TimeProvider clock) : IDemoContributor
{
    public int Order => 60;

    public Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programmeId = Guid.Parse(demo.Ids[DemoKeys.Programme]);
        var now = clock.GetUtcNow().UtcDateTime;
        var method = ProgrammeMethod.Create(programmeId, new MethodInput(MethodLevels.Team, 120, ["learning", "infrastructure", "pedagogy"], new()
        {
            ["en"] = new("Learning spaces walk", "A team walks through a school that redesigned its classrooms into flexible learning spaces, watches lessons in them and plans one change to a room of its own.",
                ["Pick the rooms to see with the host school.", "Watch a lesson in each space and note how students move and work.", "Talk with the teachers about what changed in their teaching.", "Choose one room at your school and one change to try."],
                ["A host school with flexible learning spaces", "A floor plan of your own rooms"]),
            ["pt"] = new("Percurso pelos espaços de aprendizagem", "Uma equipa percorre uma escola que transformou as suas salas em espaços de aprendizagem flexíveis, observa aulas nesses espaços e planeia uma mudança numa sala da própria escola.",
                ["Escolher com a escola anfitriã as salas a visitar.", "Observar uma aula em cada espaço e registar como os alunos se movem e trabalham.", "Conversar com os professores sobre o que mudou no seu ensino.", "Escolher uma sala da própria escola e uma mudança a experimentar."],
                ["Uma escola anfitriã com espaços de aprendizagem flexíveis", "A planta das salas da própria escola"]),
        }), now.AddDays(-60));
        demo.Db.Add(method);
        demo.Ids["toolbox.method"] = method.Id.ToString();

        var teacher = Guid.Parse(demo.Ids["user.teacher@demo.example"]);
        var school = demo.Ids[DemoKeys.MenteeSchool];
        var inquiry = Inquiry.Start(programmeId, school, teacher, "Teresa Professora", new InquiryContent(
            "Do short quizzes at the start of a lesson help my 7th graders remember fractions?",
            "Will my 7th-grade students remember more about fractions if each lesson starts with a five-minute digital quiz on the previous one?",
            "I expect better recall, mostly for the students who struggle; I also expect the quiz to take longer than five minutes at first.",
            ToolboxIds.Tisl,
            "Quiz results over six weeks for two classes (one with quizzes, one without), the end-of-unit test, and a short student questionnaire.",
            "The class with quizzes scored 11 points higher on the unit test; the weakest students gained most. The quizzes took eight minutes in the first two weeks, five afterwards.",
            "I start every maths lesson with a short retrieval quiz now, and share the quizzes with the other 7th-grade teachers.",
            "", InquiryStatus.InProgress, Shared: true), now.AddDays(-45));
        inquiry.Save(new InquiryContent(inquiry.Title, inquiry.Question, inquiry.Assumptions, inquiry.MethodId, inquiry.DataToCollect,
            inquiry.Findings, inquiry.PracticeChange, inquiry.Team, InquiryStatus.Completed, Shared: true), now.AddDays(-3));
        demo.Db.Add(inquiry);
        demo.Ids["toolbox.inquiry"] = inquiry.Id.ToString();
        return Task.CompletedTask;
    }
}
