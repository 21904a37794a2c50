using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MentorHub.Tests.Platform;

/// <summary>One operation of the OpenAPI document: its parameters and, when it takes one, its body's media type and schema.</summary>
internal sealed record FuzzOperation(string Method, string Path, string? OperationId, IReadOnlyList<FuzzParameter> Parameters, string? BodyType, JsonElement? BodySchema)
{
    public bool HasJsonBody => BodyType == "application/json";

    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of the document that takes a body or parameters, in the document's order.</summary>
    public static List<FuzzOperation> From(JsonElement document)
    {
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new FuzzParameter(
                        p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("required", out var r) && r.GetBoolean(), p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                    : [];
                string? bodyType = null;
                JsonElement? bodySchema = null;
                if (op.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    var first = content.EnumerateObject().First();
                    bodyType = first.Name;
                    bodySchema = first.Value.TryGetProperty("schema", out var schema) ? schema : null;
                }
                if (parameters.Count > 0 || bodyType is not null)
                {
                    var id = op.Value.TryGetProperty("operationId", out var oid) ? oid.GetString() : null;
                    operations.Add(new FuzzOperation(op.Name.ToUpperInvariant(), path.Name, id, parameters, bodyType, bodySchema));
                }
            }
        }
        return operations;
    }
}

internal sealed record FuzzParameter(string Name, string In, bool Required, JsonElement Schema);

/// <summary>A generated request, with what a failure report needs to replay it.</summary>
internal sealed record FuzzInput(FuzzOperation Operation, string Url, bool Anonymous, string Kind, string? ContentType, byte[]? Body)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        if (Body is not null)
        {
            var content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
            request.Content = content;
        }
        return request;
    }

    public string Describe()
    {
        var body = Body is null ? "(no body)" : Encoding.UTF8.GetString(Body);
        if (body.Length > 400)
        {
            body = body[..400] + $"… ({Body!.Length} bytes)";
        }
        return $"{Operation.Method} {Url} [{Kind}{(Anonymous ? ", anonymous" : "")}] {ContentType} {body}";
    }
}

/// <summary>
/// Real ids of the demo programme by the path segment that names them ("programmes", "schools", ...),
/// so that most generated requests get past "not found" into the use cases.
/// </summary>
internal sealed class FuzzPools
{
    private readonly Dictionary<string, List<string>> pools = new(StringComparer.Ordinal);

    public void Add(string pool, IEnumerable<string?> values)
    {
        if (!pools.TryGetValue(pool, out var list))
        {
            pools[pool] = list = [];
        }
        list.AddRange(values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Except(list));
    }

    public IReadOnlyList<string>? Get(string pool) => pools.TryGetValue(pool, out var list) && list.Count > 0 ? list : null;

    public int Count => pools.Values.Sum(p => p.Count);
}

/// <summary>
/// Generates requests for an operation from its OpenAPI schema with a seeded random source: a valid-looking
/// request, then mutated into wrong types, missing and extra fields, huge, negative and non-finite numbers,
/// long strings, markup, unicode, invalid ids and dates, empty and malformed bodies.
/// </summary>
internal sealed class FuzzGenerator(JsonElement document, FuzzPools pools, Random random)
{
    private static readonly string LongText = new('a', 5_000);
    private static readonly string VeryLongText = string.Concat(Enumerable.Repeat("Escola Básica ", 20_000));

    /// <summary>Strings that broke or could break parsers, encoders, dates, ids and numbers.</summary>
    private static readonly string[] NastyStrings =
    [
        "", " ", "\t\n", "null", "true", "0", "-1", "NaN", "Infinity", "-Infinity", "1e308", "2147483648", "-2147483649", "9223372036854775808",
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-00000000000}", "ffffffff-ffff-ffff-ffff-ffffffffffffff",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "@SUM(1+1)",
        "'; DROP TABLE schools; --", "../../../../etc/passwd", "%00", "%2e%2e%2f", "\\\\evil.example\\share", "javascript:alert(1)", "//evil.example",
        "Escola Básica de Talaíde 🚀", "\u202Eevil\u202C", "\u0000", "a\u0000b", "\uFEFF", "𝕏𝕐ℤ", "ｆｕｌｌｗｉｄｔｈ", "\u200B\u200B", "עברית", "中文学校",
        "0001-01-01", "9999-12-31", "2026-02-30", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59.9999999Z",
        "2026-13-45T99:99:99Z", "1970-01-01T00:00:00Z", "yesterday", "P1D", "EUR", "xx", "mentor", "mentee", "admin", "PT-277629 ",
        LongText,
    ];

    /// <summary>
    /// In a path, a NUL character is refused by Kestrel (400) before the app sees it; the test server
    /// throws on it instead, so path segments leave it out.
    /// </summary>
    private static readonly string[] NastyPathStrings = [.. NastyStrings.Where(s => !s.Contains('\0', StringComparison.Ordinal))];

    private static readonly string[] NastyNumbers =
    [
        "0", "-1", "1", "5", "6", "-0", "0.5", "1.5", "-1.5", "1e308", "-1e308", "1e-320", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e400", "123456789012345678901234567890", "1E+2", "100", "101",
        "20000", "20001", "1000000", "1000001",
    ];

    private static readonly string[] MalformedBodies =
    [
        "", " ", "{", "}", "[", "{\"", "{\"a\":}", "{\"a\" 1}", "{,}", "{'a':1}", "nul", "tru", "NaN", "Infinity", "undefined", "{\"a\":1,}", "[1,]",
        "\"just a string\"", "42", "-1", "true", "null", "[]", "[null]", "[{}]", "{}", "{\"\":null}", "<xml/>", "a=1&b=2", "\u0000", "{\"a\":\"\\u\"}",
        "{\"a\":\"\\ud800\"}", "{\"a\":01}", "{\"a\":1e}", "{\"a\":--1}", "{\"a\":.5}", "{\"a\":+1}",
    ];

    private int serial;

    public IEnumerable<FuzzInput> Generate(FuzzOperation op, int count)
    {
        for (var k = 0; k < count; k++)
        {
            yield return Next(op, k);
        }
    }

    private FuzzInput Next(FuzzOperation op, int k)
    {
        serial++;
        // A few anonymous callers everywhere; the anonymous routes (sign-in, surveys, invitations) get more.
        var anonymous = random.NextDouble() < (IsAnonymousRoute(op) ? 0.5 : 0.12);
        var (url, urlKind) = Url(op, mutate: op.BodyType is null || random.NextDouble() < 0.25);
        if (op.BodyType is null)
        {
            return new FuzzInput(op, url, anonymous, urlKind, null, null);
        }
        if (!op.HasJsonBody)
        {
            var (type, bytes, kind) = OtherBody(op);
            return new FuzzInput(op, url, anonymous, kind, type, bytes);
        }
        var (body, bodyKind, contentType) = JsonBody(op, k);
        return new FuzzInput(op, url, anonymous, urlKind + "+" + bodyKind, contentType, body);
    }

    private static bool IsAnonymousRoute(FuzzOperation op) =>
        op.Path.Contains("/auth/", StringComparison.Ordinal) || op.Path.Contains("/surveys/", StringComparison.Ordinal)
        || op.Path.Contains("/invitations/{", StringComparison.Ordinal);

    private (string Url, string Kind) Url(FuzzOperation op, bool mutate)
    {
        var kind = "valid-params";
        var segments = op.Path.Split('/');
        for (var s = 0; s < segments.Length; s++)
        {
            if (!segments[s].StartsWith('{'))
            {
                continue;
            }
            var name = segments[s].Trim('{', '}');
            var pool = s > 0 ? pools.Get(segments[s - 1]) : null;
            string value;
            if (mutate && random.NextDouble() < 0.35)
            {
                value = Pick(NastyPathStrings);
                kind = "nasty-path";
            }
            else
            {
                value = pool is not null ? Pick(pool) : IdLike(name);
            }
            segments[s] = value.Length == 0 ? "%20" : Uri.EscapeDataString(value);
        }
        var query = new List<string>();
        foreach (var p in op.Parameters.Where(p => p.In == "query"))
        {
            var roll = random.NextDouble();
            if (roll < (p.Required ? 0.05 : 0.35))
            {
                continue;
            }
            string value;
            if (mutate && roll > 0.6)
            {
                value = random.NextDouble() < 0.5 ? Pick(NastyStrings) : Pick(NastyNumbers);
                kind = "nasty-query";
            }
            else
            {
                value = Scalar(Resolve(p.Schema), p.Name)?.ToString() ?? "";
            }
            query.Add($"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(value)}");
            if (mutate && random.NextDouble() < 0.05)
            {
                // The same parameter twice.
                query.Add($"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Pick(NastyNumbers))}");
                kind = "repeated-query";
            }
        }
        if (mutate && random.NextDouble() < 0.05)
        {
            query.Add($"unexpected{serial}={Uri.EscapeDataString(Pick(NastyStrings))}");
        }
        var url = string.Join('/', segments) + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return (url, kind);
    }

    private (byte[] Body, string Kind, string? ContentType) JsonBody(FuzzOperation op, int k)
    {
        var schema = op.BodySchema is { } s ? Resolve(s) : default;
        var valid = Value(schema, "", 0);
        var roll = k % 20;
        string kind;
        JsonNode? body = valid;
        string? text = null;
        string? contentType = "application/json";
        switch (roll)
        {
            case 0 or 1:
                kind = "valid";
                break;
            case 2:
                kind = "malformed";
                text = Pick(MalformedBodies);
                break;
            case 3:
                kind = "truncated";
                var full = valid?.ToJsonString() ?? "null";
                text = full[..random.Next(0, Math.Max(1, full.Length))];
                break;
            case 4:
                kind = "wrong-root";
                body = Nasty(random.Next(6));
                break;
            case 5:
                kind = "content-type";
                contentType = Pick(new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1", "multipart/form-data; boundary=x", null });
                break;
            case 6:
                kind = "deep-nesting";
                var depth = random.Next(60, 300);
                text = new string('[', depth) + new string(']', depth);
                if (valid is JsonObject && random.NextDouble() < 0.5)
                {
                    text = "{\"x\":" + text + "}";
                }
                break;
            case 7:
                kind = "very-long-string";
                body = Mutate(valid, _ => JsonValue.Create(VeryLongText));
                break;
            case 8:
                kind = "duplicate-and-extra";
                text = valid is JsonObject o && o.Count > 0
                    ? "{" + string.Join(',', o.Select(p => $"\"{p.Key}\":{p.Value?.ToJsonString() ?? "null"}").Concat(o.Select(p => $"\"{p.Key}\":{Nasty(random.Next(20))?.ToJsonString() ?? "null"}"))) + "}"
                    : "{\"a\":1,\"a\":2}";
                break;
            case 9:
                kind = "missing-fields";
                body = RemoveSome(valid);
                break;
            case 10:
                kind = "extra-fields";
                body = AddExtra(valid);
                break;
            case 11:
                kind = "invalid-utf8";
                var bytes = Encoding.UTF8.GetBytes(valid?.ToJsonString() ?? "{}").ToList();
                bytes.InsertRange(Math.Min(bytes.Count, 1 + random.Next(Math.Max(1, bytes.Count - 1))), new byte[] { 0xC3, 0x28, 0xFF });
                return ([.. bytes], kind, contentType);
            case 12 or 13:
                kind = "numbers";
                body = Mutate(valid, _ => JsonNode.Parse(Pick(NastyNumbers)));
                break;
            case 14:
                kind = "several-mutations";
                for (var m = 0; m < 3; m++)
                {
                    body = Mutate(body, _ => Nasty(random.Next(40)));
                }
                break;
            default:
                kind = "wrong-value";
                body = Mutate(valid, _ => Nasty(random.Next(40)));
                break;
        }
        text ??= body?.ToJsonString() ?? "null";
        return (Encoding.UTF8.GetBytes(text), kind, contentType);
    }

    /// <summary>Bodies of the non-JSON operations: CSV text and multipart files with the same kinds of content.</summary>
    private (string? Type, byte[] Body, string Kind) OtherBody(FuzzOperation op)
    {
        var lines = new List<string> { "id,name,country,region,municipality,level,pupils,latitude,longitude" };
        if (random.NextDouble() < 0.2)
        {
            lines.Clear();
            lines.Add(Pick(NastyStrings));
        }
        for (var r = random.Next(0, 4); r > 0; r--)
        {
            var cells = new[] { $"FZ-{random.Next(1000)}", "Escola", "PT", "Lisboa", "Lisboa", "primary", "100", "38.7", "-9.1" };
            cells[random.Next(cells.Length)] = Pick(random.NextDouble() < 0.5 ? NastyStrings : NastyNumbers).Replace("\n", " ", StringComparison.Ordinal);
            lines.Add(string.Join(',', cells.Take(random.Next(cells.Length - 2, cells.Length + 2))));
        }
        var text = string.Join(random.NextDouble() < 0.5 ? "\n" : "\r\n", lines);
        if (op.BodyType!.StartsWith("multipart/", StringComparison.Ordinal))
        {
            const string boundary = "fuzzboundary";
            var parts = random.NextDouble() < 0.2
                ? Pick(MalformedBodies)
                : $"--{boundary}\r\nContent-Disposition: form-data; name=\"{Pick(new[] { "file", "upload", "x" })}\"; filename=\"{Pick(new[] { "a.csv", "a.xlsx", "", "../a.csv" })}\"\r\nContent-Type: text/csv\r\n\r\n{text}\r\n--{boundary}--\r\n";
            return ($"multipart/form-data; boundary={boundary}", Encoding.UTF8.GetBytes(parts), "multipart");
        }
        return (op.BodyType, Encoding.UTF8.GetBytes(text), "csv");
    }

    private JsonNode? Value(JsonElement schema, string name, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > 6)
        {
            return null;
        }
        if (schema.TryGetProperty("$ref", out _))
        {
            return Value(Resolve(schema), name, depth + 1);
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            var list = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return list.Count == 0 ? null : JsonNode.Parse(list[random.Next(list.Count)].GetRawText());
        }
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            var options = oneOf.EnumerateArray().Where(o => !IsNullOnly(o)).ToList();
            return options.Count == 0 ? null : Value(options[random.Next(options.Count)], name, depth + 1);
        }
        var types = Types(schema);
        if (types.Contains("object") || schema.TryGetProperty("properties", out _))
        {
            var result = new JsonObject();
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var p in properties.EnumerateObject())
                {
                    result[p.Name] = Value(p.Value, p.Name, depth + 1);
                }
            }
            if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object)
            {
                for (var e = random.Next(0, 4); e > 0; e--)
                {
                    result[Key(name)] = Value(extra, name, depth + 1);
                }
            }
            return result;
        }
        if (types.Contains("array"))
        {
            var array = new JsonArray();
            if (schema.TryGetProperty("items", out var items))
            {
                for (var e = random.Next(0, 3); e > 0; e--)
                {
                    array.Add(Value(items, name, depth + 1));
                }
            }
            return array;
        }
        return Scalar(schema, name);
    }

    /// <summary>A plausible value of a scalar schema, from the pools when the name says what it is.</summary>
    private JsonNode? Scalar(JsonElement schema, string name)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return JsonValue.Create(IdLike(name));
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            var list = values.EnumerateArray().ToList();
            return list.Count == 0 ? null : JsonNode.Parse(list[random.Next(list.Count)].GetRawText());
        }
        var types = Types(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        double? min = schema.TryGetProperty("minimum", out var mn) && mn.ValueKind == JsonValueKind.Number ? mn.GetDouble() : null;
        double? max = schema.TryGetProperty("maximum", out var mx) && mx.ValueKind == JsonValueKind.Number ? mx.GetDouble() : null;
        if (types.Contains("integer"))
        {
            var low = (int)(min ?? 0);
            var high = (int)Math.Min(max ?? 10, 1000);
            return JsonValue.Create(random.Next(low, Math.Max(low, high) + 1));
        }
        if (types.Contains("number"))
        {
            var low = min ?? 0;
            var high = Math.Min(max ?? 100, 1000);
            return JsonValue.Create(Math.Round(low + (random.NextDouble() * (high - low)), 2));
        }
        if (types.Contains("boolean"))
        {
            return JsonValue.Create(random.NextDouble() < 0.5);
        }
        if (types.Contains("string") || types.Count == 0)
        {
            return JsonValue.Create(Text(schema, name, format));
        }
        return null;
    }

    private string Text(JsonElement schema, string name, string? format)
    {
        var lower = name.ToLowerInvariant();
        var now = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        string? pooled = lower switch
        {
            "programmeid" => PickOrNull("programmes"),
            "hubid" or "hub" => PickOrNull("hubs"),
            "instrumentid" => PickOrNull("instruments"),
            "scopeid" => PickOrNull(Pick(new[] { "programmes", "hubs", "schools", "clusters" })),
            "code" => PickOrNull("surveys"),
            "refreshtoken" => PickOrNull("refresh"),
            _ when lower.EndsWith("schoolid", StringComparison.Ordinal) => PickOrNull("schools"),
            _ => null,
        };
        if (pooled is not null)
        {
            return pooled;
        }
        if (format == "uuid")
        {
            return Guid(random).ToString();
        }
        if (format == "date-time")
        {
            return now.AddHours(random.Next(-24 * 60, 24 * 60)).ToString("O", CultureInfo.InvariantCulture);
        }
        if (format == "date")
        {
            return DateOnly.FromDateTime(now).AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (format == "uri" || lower.Contains("url", StringComparison.Ordinal) || lower == "website")
        {
            return $"https://example.org/{serial}";
        }
        if (lower.Contains("email", StringComparison.Ordinal))
        {
            return $"fuzz{serial}@example.org";
        }
        if (lower is "language" or "lang")
        {
            return Pick(new[] { "en", "pt" });
        }
        if (lower == "currency")
        {
            return Pick(new[] { "EUR", "USD" });
        }
        if (lower == "country")
        {
            return "PT";
        }
        if (lower == "group")
        {
            return Pick(new[] { "leaders", "teachers", "students" });
        }
        if (lower == "format")
        {
            return Pick(new[] { "csv", "xlsx", "html", "docx" });
        }
        if (lower == "by")
        {
            return Pick(new[] { "programme", "hub", "cluster", "school" });
        }
        if (schema.TryGetProperty("pattern", out var pattern) && pattern.GetString() == "^[A-Za-z]{2}$")
        {
            return "PT";
        }
        var minLength = schema.TryGetProperty("minLength", out var ml) ? ml.GetInt32() : 0;
        var maxLength = schema.TryGetProperty("maxLength", out var xl) ? xl.GetInt32() : 60;
        var text = $"Fuzz {name} {serial}";
        while (text.Length < minLength)
        {
            text += " x";
        }
        return text.Length > maxLength ? text[..maxLength] : text;
    }

    private string Key(string dictionaryName) => dictionaryName switch
    {
        "answers" or "comments" => PickOrNull("items") ?? "item",
        "capacityOverrides" => PickOrNull("schools") ?? "PT-0",
        _ => random.NextDouble() < 0.8 ? Pick(new[] { "A", "B", "C", "D", "E", "F", "G", "H", "leadership", "pedagogy" }) : Pick(NastyStrings),
    };

    /// <summary>Any kind of wrong JSON value: the first few are other types, then numbers and strings.</summary>
    private JsonNode? Nasty(int roll) => roll switch
    {
        0 => null,
        1 => new JsonArray(),
        2 => new JsonObject(),
        3 => JsonValue.Create(true),
        4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("x"), null),
        5 => new JsonObject { ["a"] = new JsonObject { ["b"] = JsonValue.Create(Pick(NastyStrings)) } },
        < 20 => JsonNode.Parse(Pick(NastyNumbers)),
        _ => JsonValue.Create(Pick(NastyStrings)),
    };

    /// <summary>Replaces one value somewhere inside <paramref name="node"/> (or the node itself).</summary>
    private JsonNode? Mutate(JsonNode? node, Func<JsonNode?, JsonNode?> replace)
    {
        var root = node?.DeepClone();
        var containers = new List<(JsonNode Parent, object Key)>();
        Collect(root, containers);
        if (containers.Count == 0)
        {
            return replace(root);
        }
        var (parent, key) = containers[random.Next(containers.Count)];
        if (parent is JsonObject o)
        {
            o[(string)key] = replace(o[(string)key]);
        }
        else if (parent is JsonArray a)
        {
            a[(int)key] = replace(a[(int)key]);
        }
        return root;
    }

    private static void Collect(JsonNode? node, List<(JsonNode, object)> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var p in o.ToList())
                {
                    into.Add((o, p.Key));
                    Collect(p.Value, into);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    into.Add((a, i));
                    Collect(a[i], into);
                }
                break;
        }
    }

    private JsonNode? RemoveSome(JsonNode? node)
    {
        if (node?.DeepClone() is not JsonObject o || o.Count == 0)
        {
            return node;
        }
        foreach (var key in o.Select(p => p.Key).ToList().Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty(o.First().Key))
        {
            o.Remove(key);
        }
        return o;
    }

    private JsonNode? AddExtra(JsonNode? node)
    {
        if (node?.DeepClone() is not JsonObject o)
        {
            return node;
        }
        o[Pick(new[] { "id", "extra", "__proto__", "$type", "isAdmin", "role", "Capacity", "CAPACITY" }) + (random.NextDouble() < 0.5 ? "" : serial.ToString(CultureInfo.InvariantCulture))] = Nasty(random.Next(40));
        return o;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }
        return schema;
    }

    private static HashSet<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return [];
        }
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToHashSet()
            : [type.GetString()!];
    }

    private static bool IsNullOnly(JsonElement schema) =>
        schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";

    private string IdLike(string name) => name.Contains("code", StringComparison.OrdinalIgnoreCase) || name.Contains("token", StringComparison.OrdinalIgnoreCase)
        ? $"fuzz{serial}"
        : Guid(random).ToString();

    private string? PickOrNull(string pool) => pools.Get(pool) is { } list ? Pick(list) : null;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Guid Guid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
