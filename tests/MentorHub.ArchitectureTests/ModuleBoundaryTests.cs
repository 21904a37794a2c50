using System.Reflection;
using NetArchTest.Rules;

namespace MentorHub.ArchitectureTests;

/// <summary>The house rules of ARCHITECTURE.md, checked on the compiled application.</summary>
public sealed class ModuleBoundaryTests
{
    private const string ModulesNamespace = "MentorHub.Web.Modules";
    private static readonly Assembly Web = typeof(Program).Assembly;

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var module in ModuleNames())
        {
            data.Add(module);
        }
        return data;
    }

    private static IEnumerable<string> ModuleNames() =>
        Web.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith(ModulesNamespace + ".", StringComparison.Ordinal))
            .Select(ns => ns[(ModulesNamespace.Length + 1)..].Split('.')[0])
            .Distinct()
            .Order();

    private static string ModuleOf(string ns) => ns[(ModulesNamespace.Length + 1)..].Split('.')[0];

    private static bool IsApi(string ns) => ns[(ModulesNamespace.Length + 1)..].Split('.') is { Length: >= 2 } parts && parts[1] == "Api";

    /// <summary>Every type of another module outside its Api: what this module must not touch.</summary>
    private static string[] ForbiddenFor(string module) =>
        Web.GetTypes()
            .Where(t => t.Namespace?.StartsWith(ModulesNamespace + ".", StringComparison.Ordinal) == true)
            .Where(t => ModuleOf(t.Namespace!) != module && !IsApi(t.Namespace!))
            .Select(t => t.FullName!)
            .ToArray();

    [Fact]
    public void The_rule_sees_a_dependency_when_there_is_one()
    {
        // The school page asks the Programs module for participations: allowed through its Api, and visible to the check.
        var result = Types.InAssembly(Web)
            .That().ResideInNamespace($"{ModulesNamespace}.Schools")
            .ShouldNot().HaveDependencyOnAny("MentorHub.Web.Modules.Programs.Api.IProgrammeDirectory")
            .GetResult();
        Assert.False(result.IsSuccessful);
        Assert.Contains("MentorHub.Web.Modules.Programs.ProgrammeAccess", ForbiddenFor("Schools"));
        Assert.DoesNotContain("MentorHub.Web.Modules.Programs.Api.IProgrammeDirectory", ForbiddenFor("Schools"));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_other_modules_only_through_their_Api(string module)
    {
        var forbidden = ForbiddenFor(module);
        Assert.NotEmpty(forbidden);
        var result = Types.InAssembly(Web)
            .That().ResideInNamespace($"{ModulesNamespace}.{module}")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        Assert.True(result.IsSuccessful, $"{module} reaches into other modules: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Platform_knows_no_module_except_through_an_Api()
    {
        var moduleInternals = Web.GetTypes()
            .Where(t => t.Namespace?.StartsWith(ModulesNamespace + ".", StringComparison.Ordinal) == true && !IsApi(t.Namespace))
            .Select(t => t.FullName!).ToArray();
        var result = Types.InAssembly(Web)
            .That().ResideInNamespace("MentorHub.Web.Platform")
            .ShouldNot().HaveDependencyOnAny(moduleInternals)
            .GetResult();
        Assert.True(result.IsSuccessful, $"Platform depends on modules: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void There_are_no_layer_folders()
    {
        string[] layerWords = ["Controllers", "Services", "Repositories"];
        var offenders = Web.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.Split('.').Any(part => layerWords.Contains(part)))
            .Distinct().ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_module_has_one_registration_class()
    {
        foreach (var module in ModuleNames())
        {
            var registration = Web.GetType($"{ModulesNamespace}.{module}.{module}Module");
            Assert.True(registration is not null, $"{module} has no {module}Module class");
        }
    }

    [Fact]
    public void Entities_and_handlers_are_not_public()
    {
        var result = Types.InAssembly(Web)
            .That().ResideInNamespace(ModulesNamespace)
            .And().DoNotResideInNamespaceEndingWith(".Api")
            .And().AreNotNested()
            .And().DoNotHaveNameEndingWith("Page")
            // A form's model is a parameter of a public form component, so it must be public too.
            .And().DoNotHaveNameEndingWith("Form")
            .And().DoNotHaveNameEndingWith("FormModel")
            .And().AreClasses()
            .Should().NotBePublic()
            .GetResult();
        var offenders = (result.FailingTypes ?? []).Where(t => !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t) && !t.Name.StartsWith('_')).Select(t => t.FullName).ToList();
        Assert.Empty(offenders);
    }
}
