using System.Text.Json.Nodes;
using static IpsMonitor.Tests.Platform.RequestTypes;

namespace IpsMonitor.Tests.Platform;

/// <summary>
/// The rules every request body obeys, tried on every field of every request type the app reads (found in the compiled
/// functions, see RequestTypes), through the same reader the functions use.
/// </summary>
public sealed class RequestBodyRulesTests
{
    private static readonly string[] InternalWords = ["IpsMonitor", "System.", "`", "Exception", ".NET", "could not be mapped"];

    [Fact]
    public void TheRequestTypesAreFoundInTheCompiledFunctionsNestedFieldsIncluded()
    {
        Assert.True(All.Count >= 12, string.Join(", ", All.Select(t => t.Name)));
        Assert.Contains(typeof(JobStartRequest), All);
        Assert.Contains(Fields(), f => f.Request == typeof(JobStartRequest) && f.Path == "adjustments[0].kind");
        Assert.Contains(Fields(), f => f.Request == typeof(JobStartRequest) && f.Path == "supervisor.disclosure");
    }

    [Fact]
    public async Task EveryEnumInEveryRequestBodyRefusesANumberAndAnythingButExactlyOneName()
    {
        var enums = Fields().Where(f => f.Type.IsEnum).ToList();
        Assert.True(enums.Count >= 7);
        foreach (var (request, path, type, _) in enums)
        {
            var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)).ToArray();
            JsonNode?[] refused = [JsonValue.Create(9), JsonValue.Create(1), JsonValue.Create("9"), JsonValue.Create("notAName"),
                JsonValue.Create($"{names[1]}, {names[0]}"), JsonValue.Create($"{names[0]},{names[1]}"), JsonValue.Create(""), JsonValue.Create(" " + names[0])];
            foreach (var value in refused)
            {
                var answer = await ReadAsync(request, BodyWith(path, value));
                Assert.True(answer is { Status: 400 }, $"{request.Name}.{path} = {value?.ToJsonString()} was accepted");
                var message = ErrorAt(answer.Value.Problem, path);
                Assert.True(message is not null, $"{request.Name}.{path} = {value?.ToJsonString()}: {answer.Value.Text}");
                Assert.All(names, n => Assert.Contains(n, message, StringComparison.Ordinal));
                Assert.All(InternalWords, w => Assert.DoesNotContain(w, answer.Value.Text, StringComparison.Ordinal));
            }
            Assert.Null(await ReadAsync(request, BodyWith(path, JsonValue.Create(names[^1]))));
        }
    }

    [Fact]
    public async Task EveryNumberInEveryRequestBodyRefusesAStringOfDigitsAsTheOpenApiDocumentSays()
    {
        static bool IsNumber(Type t) => (Nullable.GetUnderlyingType(t) ?? t) is var u
            && (u == typeof(int) || u == typeof(long) || u == typeof(decimal) || u == typeof(double));
        var numbers = Fields().Where(f => IsNumber(f.Type)).ToList();
        Assert.True(numbers.Count >= 3, string.Join(", ", numbers.Select(n => n.Path)));
        foreach (var (request, path, _, _) in numbers)
        {
            var answer = await ReadAsync(request, BodyWith(path, JsonValue.Create("1")));
            Assert.True(answer is { Status: 400 } && ErrorAt(answer.Value.Problem, path) is not null, $"{request.Name}.{path} = \"1\" was accepted");
        }
    }

    [Fact]
    public async Task EveryDateInEveryRequestBodyLiesFrom2000ToTwoYearsAhead()
    {
        var dates = Fields().Where(f => f.Type == typeof(DateOnly)).ToList();
        Assert.True(dates.Count >= 8);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (request, path, _, _) in dates)
        {
            foreach (var value in new[] { "0001-01-01", "1999-12-31", "9999-12-31", today.AddYears(2).AddDays(7).ToString("yyyy-MM-dd") })
            {
                var answer = await ReadAsync(request, BodyWith(path, JsonValue.Create(value)));
                Assert.True(answer is { Status: 400 } && ErrorAt(answer.Value.Problem, path) is not null, $"{request.Name}.{path} = {value} was accepted");
            }
            Assert.Null(await ReadAsync(request, BodyWith(path, JsonValue.Create(today.ToString("yyyy-MM-dd")))));
        }
    }

    [Fact]
    public async Task EveryTextInEveryRequestBodyFollowsTheOneTextRule()
    {
        var texts = Fields().Where(f => f.Type == typeof(string)).ToList();
        Assert.True(texts.Count >= 15);
        foreach (var (request, path, _, property) in texts)
        {
            var multiLine = property.GetCustomAttributes(true).Any(a => a.GetType().Name == "MultiLineAttribute");
            foreach (var value in new[] { "a\u0000b", "bel\u0007", "x\uFFFE", "a\u2028b", "\u200B", " \u200B\u2060 ", "a\u202Eb", "tab\tbed", "cr\rlf" })
            {
                var answer = await ReadAsync(request, BodyWith(path, JsonValue.Create(value)));
                Assert.True(answer is { Status: 400 } && ErrorAt(answer.Value.Problem, path) is not null, $"{request.Name}.{path} = {JsonSerializer.Serialize(value)} was accepted");
            }
            var twoLines = await ReadAsync(request, BodyWith(path, JsonValue.Create("two\nlines")));
            Assert.True(multiLine == (twoLines is null), $"{request.Name}.{path}: a line break is {(twoLines is null ? "accepted" : "refused")}");
            Assert.Null(await ReadAsync(request, BodyWith(path, JsonValue.Create("Gewone tekst, met één accent"))));
        }
    }

    [Fact]
    public async Task EveryPropertyOfEveryRequestBodyMayAppearOnlyOnceWhateverItsCase()
    {
        foreach (var (request, path, _, _) in Fields())
        {
            var name = path.Split('.')[^1];
            var single = BodyWith(path, null);
            var at = single.LastIndexOf($"\"{name}\":null", StringComparison.Ordinal);
            foreach (var twin in new[] { name, name.ToUpperInvariant() })
            {
                var doubled = single[..at] + $"\"{name}\":null,\"{twin}\":null" + single[(at + name.Length + 7)..];
                var answer = await ReadAsync(request, doubled);
                Assert.True(answer is { Status: 400 }, $"{request.Name}: {doubled} was accepted");
                Assert.Contains("more than once", answer.Value.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AProblemWithABodyNamesTheJsonFieldAndNeverAnInternalType()
    {
        foreach (var (request, path, type, _) in Fields())
        {
            JsonNode? wrong = type == typeof(string) || type.IsEnum || type == typeof(DateOnly) ? new JsonObject()
                : type == typeof(bool) || type.IsPrimitive || type == typeof(decimal) ? JsonValue.Create("many")
                : type.IsGenericType ? JsonValue.Create("text")
                : JsonValue.Create(12);
            var answer = await ReadAsync(request, BodyWith(path, wrong));
            Assert.True(answer is { Status: 400 }, $"{request.Name}.{path} = {wrong?.ToJsonString()} was accepted");
            Assert.True(ErrorAt(answer.Value.Problem, path) is not null, $"{request.Name}.{path}: {answer.Value.Text}");
            Assert.All(InternalWords, w => Assert.DoesNotContain(w, answer.Value.Text, StringComparison.Ordinal));

            var prefix = path.Contains('.', StringComparison.Ordinal) ? path[..(path.LastIndexOf('.') + 1)] : "";
            var unknown = await ReadAsync(request, BodyWith(prefix + "diagnosis", JsonValue.Create("x")));
            Assert.True(unknown is { Status: 400 } && ErrorAt(unknown.Value.Problem, prefix + "diagnosis") is not null, $"{request.Name}.{prefix}diagnosis: {unknown?.Text}");
            Assert.All(InternalWords, w => Assert.DoesNotContain(w, unknown!.Value.Text, StringComparison.Ordinal));
        }
        foreach (var request in All)
        {
            var notAnObject = await ReadAsync(request, "[1]");
            Assert.True(notAnObject is { Status: 400 });
            Assert.All(InternalWords, w => Assert.DoesNotContain(w, notAnObject!.Value.Text, StringComparison.Ordinal));
        }
    }
}
