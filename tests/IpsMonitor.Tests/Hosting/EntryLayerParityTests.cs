using IpsMonitor.Hosting;
using IpsMonitor.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// The Azure entry layer cannot be compiled here, so its syntax is read instead: every [Function] must match the
/// local host's binding of the same name, trigger for trigger, and every value must come from FunctionMetadata.
/// </summary>
public sealed class EntryLayerParityTests
{
    internal sealed record Trigger(string Name, string Kind, string Detail);

    [Fact]
    public void TheAzureEntryLayerDeclaresExactlyTheFunctionsTheLocalHostRuns()
    {
        var entry = ReadEntryLayer(Repo.PathOf("functions", "AzureEntry")).OrderBy(t => t.Name).ToList();
        var local = FunctionCatalog.All.Select(Describe).OrderBy(t => t.Name).ToList();

        Assert.NotEmpty(entry);
        Assert.Equal(local, entry);
    }

    [Fact]
    public void AnEntryWhoseRouteDiffersFromTheMetadataIsCaught()
    {
        var source = File.ReadAllText(Repo.PathOf("functions", "AzureEntry", "HealthEntries.cs"))
            .Replace("Route = FunctionMetadata.Health.Route", "Route = \"healthz\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => Parse(source).ToList());
        Assert.Contains("\"healthz\"", error.Message, StringComparison.Ordinal);
    }

    private static Trigger Describe(FunctionBinding binding) => binding switch
    {
        HttpBinding h => new(h.Name, "http", $"{h.Method.ToUpperInvariant()} {h.Route}"),
        QueueBinding q => new(q.Name, "queue", q.Queue),
        TimerBinding t => new(t.Name, "timer", t.Schedule),
        _ => throw new InvalidOperationException(binding.GetType().Name),
    };

    private static IEnumerable<Trigger> ReadEntryLayer(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs").SelectMany(f => Parse(File.ReadAllText(f)));

    private static IEnumerable<Trigger> Parse(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var function = Attribute(method.AttributeLists, "Function");
            if (function is null)
                continue;
            var name = Constant(function.ArgumentList!.Arguments[0].Expression);
            var triggers = method.ParameterList.Parameters
                .Select(p => (Http: Attribute(p.AttributeLists, "HttpTrigger"), Queue: Attribute(p.AttributeLists, "QueueTrigger"), Timer: Attribute(p.AttributeLists, "TimerTrigger")))
                .Where(t => t.Http is not null || t.Queue is not null || t.Timer is not null)
                .ToList();
            if (triggers.Count != 1)
                throw new InvalidOperationException($"Function {name} must have exactly one trigger.");
            var (http, queue, timer) = triggers[0];

            if (http is not null)
            {
                var args = http.ArgumentList!.Arguments;
                var verb = Constant(args.Single(a => a.NameEquals is null && a.Expression is not MemberAccessExpressionSyntax { Name.Identifier.Text: "Anonymous" }).Expression);
                var route = Constant(args.Single(a => a.NameEquals?.Name.Identifier.Text == "Route").Expression);
                yield return new(name, "http", $"{verb.ToUpperInvariant()} {route}");
            }
            else if (queue is not null)
                yield return new(name, "queue", Constant(queue.ArgumentList!.Arguments[0].Expression));
            else
                yield return new(name, "timer", Constant(timer!.ArgumentList!.Arguments[0].Expression));
        }
    }

    private static AttributeSyntax? Attribute(SyntaxList<AttributeListSyntax> lists, string name) =>
        lists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString() is var n && (n == name || n == name + "Attribute"));

    /// <summary>Resolves FunctionMetadata.X.Y to its value; anything else (a literal, another class) is an error.</summary>
    private static string Constant(ExpressionSyntax expression)
    {
        var path = expression.ToString().Split('.');
        if (path.Length != 3 || path[0] != nameof(FunctionMetadata))
            throw new InvalidOperationException($"{expression} is not a FunctionMetadata constant; the Azure entry layer must use the metadata.");
        var type = typeof(FunctionMetadata).GetNestedType(path[1])
            ?? throw new InvalidOperationException($"FunctionMetadata has no {path[1]}.");
        var field = type.GetField(path[2]) ?? throw new InvalidOperationException($"FunctionMetadata.{path[1]} has no {path[2]}.");
        return (string)field.GetRawConstantValue()!;
    }
}
