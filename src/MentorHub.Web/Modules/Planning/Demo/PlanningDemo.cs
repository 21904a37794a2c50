using MentorHub.Web.Modules.Planning.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Planning.Demo;

/// <summary>
/// Development plans made from the demo schools' reports: goals on each school's weakest areas with the
/// school's own priorities, actions whose statuses follow the calendar (some done, some under way, some
/// planned), a progress note and a comment from the mentor school. Talaíde, the featured school, has a
/// full plan of three goals with several notes and a conversation with its mentor.
/// </summary>
internal sealed class PlanningDemo(ISchoolNeeds needs, IProgrammeDirectory programmes, TimeProvider clock) : IDemoContributor
{
    /// <summary>Talaíde's current plan, for tests and other demo contributors.</summary>
    public const string FeaturedPlanKey = "plan.featured";

    public int Order => 80;

    /// <summary>What schools typically do for each area, in the programme's language: (action, owner, resources, success criteria).</summary>
    private static readonly Dictionary<string, (string Goal, (string Title, string Owner, string Resources, string Criteria)[] Actions)> Ideas = new()
    {
        ["vision"] = ("Uma visão partilhada do digital ao serviço da aprendizagem", [
            ("Oficina Digipeda com todo o corpo docente", "Direção", "Duas tardes de trabalho, mentor da escola mentora", "Documento de visão aprovado em conselho pedagógico"),
            ("Integrar a visão no projeto educativo", "Coordenação pedagógica", "Reuniões de departamento", "Visão citada no projeto educativo revisto"),
            ("Apresentar a visão às famílias", "Direção", "Reunião de pais", "Pelo menos 60% das turmas representadas")]),
        ["leadership"] = ("Liderança partilhada da mudança", [
            ("Criar uma equipa de desenvolvimento (5–6 pessoas)", "Diretora", "Redução de 2 horas letivas por membro", "Equipa reúne todos os meses"),
            ("Acompanhar o plano em conselho pedagógico", "Equipa de desenvolvimento", "Ponto fixo na ordem de trabalhos", "Progresso revisto em cada período"),
            ("Visita de estudo à escola mentora", "Direção", "Transporte, um dia", "Três práticas escolhidas para experimentar")]),
        ["collaboration"] = ("Mais partilha entre professores", [
            ("Observação de aulas entre pares", "Coordenadores de departamento", "Horário com um tempo comum por semana", "Cada professor observa e é observado uma vez"),
            ("Teachmeet mensal de 30 minutos", "Equipa de desenvolvimento", "Biblioteca, lanche", "Pelo menos 15 participantes por sessão"),
            ("Repositório comum de materiais", "Professor bibliotecário", "Espaço na plataforma da escola", "40 materiais partilhados até ao fim do ano")]),
        ["pedagogy"] = ("Práticas pedagógicas com o digital em todas as turmas", [
            ("Ciclo de investigação TISL em duas turmas", "Professora de Ciências", "Acompanhamento da universidade", "Mudança de prática descrita e partilhada"),
            ("Planificar uma unidade com recursos digitais por departamento", "Coordenadores de departamento", "Modelo de planificação comum", "Uma unidade por departamento lecionada"),
            ("Workshop de avaliação formativa com ferramentas digitais", "Mentor da escola mentora", "Sala de informática", "Ferramenta usada em pelo menos 10 turmas")]),
        ["development"] = ("Formação contínua à medida das necessidades", [
            ("Levantamento de necessidades de formação", "Equipa de desenvolvimento", "Inquérito curto aos professores", "Resposta de 80% dos professores"),
            ("Curso de 25 horas em competências digitais", "Centro de formação", "Formador acreditado", "20 professores certificados"),
            ("Job shadowing na escola mentora", "Direção", "Dois dias, substituições", "Relato partilhado em reunião geral")]),
        ["infrastructure"] = ("Infraestrutura digital fiável e bem usada", [
            ("Rever a rede sem fios dos blocos B e C", "Técnico de informática", "Orçamento da autarquia", "Cobertura em todas as salas"),
            ("Regras de requisição dos portáteis", "Coordenação TIC", "Plataforma de reservas", "Taxa de uso acima de 60%"),
            ("Apoio técnico em horário fixo", "Coordenação TIC", "Duas horas semanais", "Pedidos resolvidos em menos de 48 horas")]),
        ["learning"] = ("Alunos que aprendem com e sobre o digital", [
            ("Projeto interdisciplinar de robótica no 6.º ano", "Professor de TIC", "Kits de robótica do hub", "Apresentação pública dos projetos"),
            ("Clube de programação", "Professora de Matemática", "Sala de informática, quarta à tarde", "15 alunos inscritos"),
            ("Cidadania digital em todas as turmas", "Diretores de turma", "Guião de duas aulas", "Todas as turmas com as duas aulas dadas")]),
    };

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programmeId = Guid.Parse(demo.Ids[DemoKeys.Programme]);
        var featured = demo.Ids[DemoKeys.MenteeSchool];
        var participants = await programmes.ParticipantsAsync(programmeId, ct);
        var priorities = await programmes.PrioritiesAsync(programmeId, ct);
        var vocabulary = new PlanVocabulary(needs.Areas().Select(a => a.AreaId).ToHashSet(StringComparer.Ordinal), priorities.Keys.ToHashSet(StringComparer.Ordinal));
        // The featured school, and in each cluster of the demo a mentee or two: enough to show plans side by side.
        var mentees = participants.Where(p => p.Role == "mentee" && p.ClusterId is not null).OrderBy(p => p.SchoolId, StringComparer.Ordinal).ToList();
        var chosen = mentees.Where(p => p.SchoolId == featured)
            .Concat(mentees.Where(p => p.SchoolId != featured).GroupBy(p => p.ClusterId).SelectMany(g => g.Take(2)))
            .ToList();
        var reports = await needs.LatestAsync(programmeId, [.. chosen.Select(p => p.SchoolId)], ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow().UtcDateTime;
        var n = 0;
        foreach (var school in chosen)
        {
            var isFeatured = school.SchoolId == featured;
            var proposal = PlanProposal.From(reports.GetValueOrDefault(school.SchoolId));
            var areas = proposal.WeakestAreas.Select(a => a.AreaId).Where(Ideas.ContainsKey).ToList();
            if (areas.Count == 0)
            {
                continue;
            }
            if (isFeatured && areas.Count < 3)
            {
                areas.Add(Ideas.Keys.First(k => !areas.Contains(k)));
            }
            var goals = areas.Take(isFeatured ? 3 : 2).Select((area, g) => new GoalDraft(null, Ideas[area].Goal, [area],
                    [.. school.Priorities.Where(priorities.ContainsKey).Take(g == 0 ? 2 : 1)],
                    [.. Ideas[area].Actions.Take(isFeatured ? 3 : 2).Select((a, i) => Action(a, today, g, i, n))]))
                .ToList();
            var author = isFeatured ? "Miguel Mentorado" : "Equipa de desenvolvimento";
            var plan = Plan.Draft(programmeId, school.SchoolId, goals, vocabulary, author, now.AddDays(-75));
            var first = plan.Goals[0];
            plan.AddNote($"{first.Actions[0].Title}: feito. Correu bem; a maioria dos professores participou.", first.Id, author, now.AddDays(-40));
            plan.AddComment("Bom começo. Sugerimos registar o que cada professor vai experimentar, para acompanhar no próximo período.", "Marta Mentora", now.AddDays(-38));
            if (isFeatured)
            {
                plan.AddNote("Equipa de desenvolvimento constituída: diretora, subdiretor, três professores. Reúne na primeira terça de cada mês.", null, author, now.AddDays(-60));
                plan.AddNote("As observações de aulas estão atrasadas por causa das provas; reagendadas para janeiro.", plan.Goals[1].Id, author, now.AddDays(-10));
                plan.AddComment("Obrigado. Em janeiro podemos receber dois professores vossos para job shadowing.", author, now.AddDays(-36));
                plan.AddComment("Vimos a nota sobre as observações: podemos fazer a primeira em conjunto, numa turma nossa.", "Marta Mentora", now.AddDays(-8));
                demo.Ids[FeaturedPlanKey] = plan.Id.ToString();
            }
            demo.Db.Add(plan);
            n++;
        }
    }

    /// <summary>Dates around today so statuses read true: the first actions are done, the next under way, the last planned (one dropped now and then).</summary>
    private static ActionDraft Action((string Title, string Owner, string Resources, string Criteria) idea, DateOnly today, int goal, int index, int school)
    {
        var step = goal + index;
        var (starts, due, status) = step switch
        {
            0 => (today.AddDays(-70), today.AddDays(-35), "done"),
            1 => (today.AddDays(-40), today.AddDays(30), "in-progress"),
            2 when school % 3 == 2 => (today.AddDays(-20), today.AddDays(40), "dropped"),
            2 => (today.AddDays(-15), today.AddDays(60), "in-progress"),
            _ => (today.AddDays(20 * step), today.AddDays(20 * step + 45), "planned"),
        };
        return new ActionDraft(null, idea.Title, idea.Owner, starts, due, idea.Resources, idea.Criteria, status);
    }
}
