using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MentorHub.Web.Platform.Web.ApiDocs;

/// <summary>
/// The API reference as the page shows it, read from the app's own OpenAPI document (the one served at
/// /openapi/v1.json), so the page and the document can never disagree. Read from the document's JSON,
/// the form third parties see.
/// </summary>
internal sealed record ApiReference(string Title, string? Description, IReadOnlyList<ApiTag> Tags, IReadOnlyList<ApiSchema> Schemas)
{
    public const string DocumentName = "v1";

    public static async Task<ApiReference> LoadAsync(IOpenApiDocumentProvider provider, CancellationToken ct)
    {
        var document = await provider.GetOpenApiDocumentAsync(ct);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, ct);
        using var parsed = JsonDocument.Parse(json);
        return From(parsed.RootElement);
    }

    public static ApiReference From(JsonElement root)
    {
        var info = root.GetProperty("info");
        var operations = new List<(string Tag, ApiOperation Operation)>();
        foreach (var path in Props(root, "paths"))
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var tag = op.Value.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString()! : "";
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new ApiParameter(
                        Text(p, "name") ?? "", Text(p, "in") ?? "", p.TryGetProperty("required", out var r) && r.GetBoolean(),
                        p.TryGetProperty("schema", out var s) ? ApiType.Of(s) : ApiType.Any, Text(p, "description"))).ToList()
                    : [];
                var body = op.Value.TryGetProperty("requestBody", out var rb)
                    ? Props(rb, "content").Select(c => new ApiContent(c.Name, c.Value.TryGetProperty("schema", out var s) ? ApiType.Of(s) : null)).ToList()
                    : [];
                var responses = Props(op.Value, "responses").Select(r => new ApiResponse(
                    r.Name, Text(r.Value, "description") ?? "",
                    Props(r.Value, "content").Select(c => new ApiContent(c.Name, c.Value.TryGetProperty("schema", out var s) ? ApiType.Of(s) : null)).ToList())).ToList();
                operations.Add((tag, new ApiOperation(
                    op.Name.ToUpperInvariant(), path.Name, Text(op.Value, "operationId"), Text(op.Value, "summary"), Text(op.Value, "description"),
                    parameters, body, responses)));
            }
        }
        var groups = operations.GroupBy(o => o.Tag).Select(g => new ApiTag(g.Key, [.. g.Select(o => o.Operation)])).ToList();
        var schemas = root.TryGetProperty("components", out var components)
            ? Props(components, "schemas").Select(ApiSchema.Of).OrderBy(s => s.Name, StringComparer.Ordinal).ToList()
            : [];
        return new ApiReference(Text(info, "title") ?? "API", Text(info, "description"), groups, schemas);
    }

    internal static IEnumerable<JsonProperty> Props(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject()
            : [];

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

internal sealed record ApiTag(string Name, IReadOnlyList<ApiOperation> Operations)
{
    public string Anchor => "tag-" + ApiSchema.Slug(Name);
}

internal sealed record ApiOperation(
    string Method, string Path, string? OperationId, string? Summary, string? Description,
    IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<ApiContent> RequestBody, IReadOnlyList<ApiResponse> Responses)
{
    public string Anchor => "op-" + ApiSchema.Slug(OperationId ?? $"{Method}-{Path}");
}

internal sealed record ApiParameter(string Name, string In, bool Required, ApiType Type, string? Description);

internal sealed record ApiContent(string MediaType, ApiType? Type);

internal sealed record ApiResponse(string Status, string Description, IReadOnlyList<ApiContent> Content);

/// <summary>A component schema: an object with its fields, or an enumeration.</summary>
internal sealed record ApiSchema(string Name, IReadOnlyList<ApiField> Fields, IReadOnlyList<string> Values)
{
    public string Anchor => "schema-" + Slug(Name);

    public static ApiSchema Of(JsonProperty schema)
    {
        var required = schema.Value.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        var fields = ApiReference.Props(schema.Value, "properties")
            .Select(p => new ApiField(p.Name, required.Contains(p.Name), ApiType.Of(p.Value))).ToList();
        return new ApiSchema(schema.Name, fields, ApiType.EnumValues(schema.Value));
    }

    public static string Slug(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-');
}

internal sealed record ApiField(string Name, bool Required, ApiType Type);

/// <summary>
/// A schema put into words: its kind ("integer", "array", ...), the component it refers to (shown as a
/// link), whether null is allowed, and its limits.
/// </summary>
internal sealed record ApiType(string Kind, string? Reference, ApiType? Element, bool Nullable, IReadOnlyList<string> Values, IReadOnlyList<(string Key, string Value)> Limits)
{
    public static ApiType Any { get; } = new("any", null, null, false, [], []);

    public static ApiType Of(JsonElement schema) => Read(schema, 0);

    private static ApiType Read(JsonElement schema, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > 8)
        {
            return Any;
        }
        if (ApiReference.Text(schema, "$ref") is { } reference)
        {
            return new ApiType("object", reference.Split('/')[^1], null, false, [], []);
        }
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            var options = oneOf.EnumerateArray().ToList();
            var nullable = options.Any(IsNull);
            var rest = options.Where(o => !IsNull(o)).ToList();
            var inner = rest.Count == 1 ? Read(rest[0], depth + 1) : Any;
            return inner with { Nullable = inner.Nullable || nullable };
        }
        var types = schema.TryGetProperty("type", out var t)
            ? (t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [t.GetString()!])
            : [];
        var isNullable = types.Remove("null");
        // Numbers are also accepted as strings ("5"); the page names the number.
        if (types.Contains("integer") || types.Contains("number"))
        {
            types.Remove("string");
        }
        var kind = types.Count switch
        {
            0 => EnumValues(schema).Count > 0 ? "string" : "any",
            _ => string.Join(" | ", types),
        };
        ApiType? of = null;
        if (types.Contains("array") && schema.TryGetProperty("items", out var items))
        {
            of = Read(items, depth + 1);
        }
        else if (types.Contains("object") && schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            kind = "map";
            of = Read(values, depth + 1);
        }
        return new ApiType(kind, null, of, isNullable, EnumValues(schema), LimitsOf(schema, types));
    }

    public static IReadOnlyList<string> EnumValues(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values)
            ? [.. values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.ToString())]
            : [];

    private static List<(string, string)> LimitsOf(JsonElement schema, List<string> types)
    {
        var limits = new List<(string, string)>();
        foreach (var key in new[] { "format", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems" })
        {
            if (schema.TryGetProperty(key, out var value))
            {
                limits.Add((key, value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString(CultureInfo.InvariantCulture) : value.ToString()));
            }
        }
        // The pattern that only says "a number written as a string" is noise on a number.
        if (ApiReference.Text(schema, "pattern") is { } pattern && !(types.Contains("integer") || types.Contains("number")))
        {
            limits.Add(("pattern", pattern));
        }
        return limits;
    }

    private static bool IsNull(JsonElement schema) =>
        schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";
}
