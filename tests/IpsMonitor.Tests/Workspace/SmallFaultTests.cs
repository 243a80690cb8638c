using System.Text.RegularExpressions;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The small faults as kinds: every action the app records has Dutch words on the Dutch audit page and in its CSV, every
/// count has a singular ("1 kandidaat"), and a yes/no scale has no "0.5" on its axis.
/// </summary>
public sealed partial class SmallFaultTests
{
    /// <summary>A call that writes an audit row: the log itself, or the caseload changes that record through it.</summary>
    [GeneratedRegex("""\b(?:audit|changes)\.(?:Record\w*|Save)Async\(""")]
    private static partial Regex AuditCall();

    /// <summary>A text in C#: interpolated (its holes, which may hold texts of their own, captured) or plain.</summary>
    [GeneratedRegex(@"\$@?""(?<text>(?:[^""{\\]|\\.|\{\{|\{(?<hole>[^}]*)\})*)""|@?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    /// <summary>The words an action starts with: up to an id, a colon, a comma or a bracket ("correct check-in {id}: …").</summary>
    [GeneratedRegex("""^[a-z][A-Za-z -]*""")]
    private static partial Regex Words();

    [Fact]
    public void EveryRecordedAuditActionHasWordsInEveryStaffLanguage()
    {
        var actions = Directory.EnumerateFiles(Repo.PathOf("functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RecordedWords(File.ReadAllText(f))).ToHashSet(StringComparer.Ordinal);

        Assert.True(actions.Count >= 40, string.Join(", ", actions));
        Assert.Contains("correct check-in", actions);
        Assert.Contains("language", actions);
        foreach (var lang in IpsMonitor.Platform.Languages.Staff)
        {
            var words = AuditText.For(lang);
            var missing = actions.Where(a => !words.Actions.ContainsKey(a) && !words.Details.ContainsKey(a)).Order().ToList();
            Assert.True(missing.Count == 0, $"no {lang} words for: " + string.Join(", ", missing));
            Assert.Equal(AuditText.For("nl").CsvHeader.Count, words.CsvHeader.Count);
        }
        var nl = AuditText.For("nl");
        var english = Directory.EnumerateFiles(Repo.PathOf("functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RecordedTexts(File.ReadAllText(f)))
            .Concat([$"read audit ({new AuditFilter(new DateOnly(2026, 12, 1), "k-1")})", $"export audit ({new AuditFilter(null, "k-1")})"])
            .Select(text => (text, label: nl.ActionLabel(text))).Where(x => EnglishLeft(x.text, x.label, nl).Any())
            .Select(x => $"{x.text} → {x.label}").ToList();
        Assert.True(english.Count == 0, "English left in Dutch audit details:\n" + string.Join("\n", english));
        Assert.Equal("caseloadpagina bekeken (6 van 6 kandidaten)", nl.ActionLabel("view caseload page (6 of 6 candidates)"));
        Assert.Equal("coördinator", nl.RoleLabel("coordinator"));
        Assert.Equal("sleutel ingetrokken k-1", nl.ActionLabel("revoke key k-1"));
        Assert.Equal("kandidaat gecorrigeerd: taal, aanmelddatum", nl.ActionLabel("correct candidate: language, referralDate"));
    }

    /// <summary>
    /// The words of an action that the Dutch label still carries as recorded: recorded words that are no Dutch word of
    /// the audit texts too ("check-ins", "audit").
    /// </summary>
    private static IEnumerable<string> EnglishLeft(string text, string label, AuditText nl)
    {
        var dutch = nl.Actions.Values.Concat(nl.Details.Values).SelectMany(v => Regex.Split(v, @"[^\p{L}-]+")).ToHashSet(StringComparer.Ordinal);
        // The details in brackets ("(6 of 6 candidates)", "(month 2026-12)"); the words before them are checked above.
        var details = text.Contains('(', StringComparison.Ordinal) ? text[text.IndexOf('(', StringComparison.Ordinal)..] : "";
        return Regex.Matches(details, @"(?<![\w-])[a-z][a-z-]+(?![\w-])").Select(m => m.Value)
            .Where(w => !dutch.Contains(w) && Regex.IsMatch(label, @"(?<![\w-])" + Regex.Escape(w) + @"(?![\w-])"));
    }

    /// <summary>Every whole text an action is recorded with, its holes filled with a count or an id.</summary>
    private static IEnumerable<string> RecordedTexts(string source) =>
        AuditCall().Matches(source).SelectMany(call =>
        {
            var arguments = Arguments(source, call.Index + call.Length);
            var index = ActionArgument[call.Value[..^1]].Where(a => a.Count == arguments.Count).Select(a => a.Index).Distinct().Single();
            return Literal().Matches(arguments[index]).Select(m => Regex.Replace(m.Value.TrimStart('$', '@').Trim('"'), @"\{[^}]*\}", "6"));
        });

    /// <summary>
    /// The argument that names the action, by call ("audit.RecordAsync") and argument count: the parameter called
    /// "action" of the audit log's methods, "change" of the caseload changes'.
    /// </summary>
    private static readonly ILookup<string, (int Count, int Index)> ActionArgument =
        typeof(AuditLog).GetMethods().Select(m => (Name: "audit." + m.Name, Parameters: m.GetParameters()))
            .Concat(typeof(IpsMonitor.Caseload.CaseloadChanges).GetMethods().Select(m => (Name: "changes." + m.Name, Parameters: m.GetParameters())))
            .Where(m => m.Parameters.Any(p => p.Name is "action" or "change"))
            .SelectMany(m => Enumerable.Range(m.Parameters.Count(p => !p.IsOptional), m.Parameters.Count(p => p.IsOptional) + 1)
                .Select(count => (m.Name, Count: count, Index: Array.FindIndex(m.Parameters, p => p.Name is "action" or "change"))))
            .ToLookup(m => m.Name, m => (m.Count, m.Index));

    /// <summary>
    /// The words of every action a source file records: each text of the action argument of an audit call, and of the
    /// assignments of the variables it names, and of the variables those name in turn ("correct candidate: {fields}").
    /// </summary>
    private static IEnumerable<string> RecordedWords(string source)
    {
        foreach (Match call in AuditCall().Matches(source))
        {
            var arguments = Arguments(source, call.Index + call.Length);
            var method = call.Value[..^1];
            var index = ActionArgument[method].Where(a => a.Count == arguments.Count).Select(a => a.Index).Distinct().Single();
            foreach (var text in TextsOf(source, arguments[index], depth: 2))
                if (Words().Match(text) is { Success: true } words && words.Value.Trim() is { Length: > 0 } action)
                    yield return action;
        }
    }

    private static IEnumerable<string> TextsOf(string source, string code, int depth)
    {
        // A key in an indexer (request.Query["signal"]) names a value; it is never the words of an action.
        code = Regex.Replace(code, @"\[""[^""]*""\]", "[]");
        foreach (Match literal in Literal().Matches(code))
            yield return literal.Groups["text"].Value;
        if (depth == 0)
            yield break;
        // Names in the code and in the holes of its texts, not the words of its texts; a count ("{page.Count}") has no words.
        var names = Literal().Replace(code, m => " " + string.Join(" ", m.Groups["hole"].Captures.Select(c => c.Value)) + " ");
        foreach (Match name in Regex.Matches(names, @"(?<![\w.])[a-z]\w*\b(?!\.(?:Count|Length)\b)"))
            if (Regex.Match(source, $@"\bvar {name.Value} = ([^;]*);") is { Success: true } assignment)
                foreach (var text in TextsOf(source, assignment.Groups[1].Value, depth - 1))
                    yield return text;
    }

    /// <summary>The arguments of the call whose bracket opens just before <paramref name="start"/>, split at its own commas.</summary>
    private static List<string> Arguments(string source, int start)
    {
        var (arguments, depth, inText, from) = (new List<string>(), 1, false, start);
        for (var i = start; i < source.Length && depth > 0; i++)
        {
            var c = source[i];
            if (c == '"' && source[i - 1] != '\\')
                inText = !inText;
            else if (!inText && c is '(' or '[' or '{')
                depth++;
            else if (!inText && c is ')' or ']' or '}')
                depth--;
            if (!inText && (depth == 0 || (depth == 1 && c == ',')))
            {
                arguments.Add(source[from..i]);
                from = i + 1;
            }
        }
        return arguments;
    }

    [Fact]
    public void EveryFieldAStaffFormNamesInAnErrorIsNamedInTheReadersWords()
    {
        var fields = IpsMonitor.Platform.Languages.Staff.Select(StaffText.For)
            .SelectMany(t => t.FormErrors.ByField.Keys.Concat(t.FormErrors.FieldNames.Keys)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("localReference", fields);
        var coded = new List<string>();
        foreach (var t in IpsMonitor.Platform.Languages.Staff.Select(StaffText.For))
            foreach (var field in fields)
                foreach (var code in new[] { IpsMonitor.Platform.ErrorCodes.TextRule, IpsMonitor.Platform.ErrorCodes.TextDirection })
                    if (t.FieldError(field, new IpsMonitor.Platform.ErrorCode(code, "x")) is var line && line.StartsWith(field + ":", StringComparison.Ordinal))
                        coded.Add($"{t.Lang}: {line}");
        Assert.True(coded.Count == 0, "fields named by their code:\n" + string.Join("\n", coded));
        var nl = StaffText.For("nl");
        Assert.StartsWith("Eigen kenmerk: ", nl.FieldError("localReference", new IpsMonitor.Platform.ErrorCode(IpsMonitor.Platform.ErrorCodes.TextRule, "x")),
            StringComparison.Ordinal);
        Assert.Contains("richting", nl.FieldError("name", new IpsMonitor.Platform.ErrorCode(IpsMonitor.Platform.ErrorCodes.TextDirection, "x")),
            StringComparison.Ordinal);
        // A number that does not read says the range the field takes.
        Assert.Contains("1,5", nl.FieldError("fte", new IpsMonitor.Platform.ErrorCode(IpsMonitor.Platform.ErrorCodes.NumberFormat, "x")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void TheStaffTextsSayJeNeverU()
    {
        // Staff texts are Dutch and English only; a respondent's have French too, and are left to their own tone.
        var staff = Directory.EnumerateFiles(Repo.PathOf("functions"), "*.nl.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !File.Exists(f.Replace(".nl.json", ".fr.json", StringComparison.Ordinal))).ToList();
        Assert.Contains(staff, f => f.EndsWith("CoordinatorText.nl.json", StringComparison.Ordinal));
        var formal = staff.SelectMany(f => File.ReadAllLines(f).Select(line => (File: Path.GetFileName(f), Line: line)))
            .Where(x => Regex.IsMatch(x.Line, @"(?<![\p{L}'’-])(?:u|uw|Uw|uzelf)(?![\p{L}'’-])")).Select(x => $"{x.File}: {x.Line.Trim()}").ToList();
        Assert.True(formal.Count == 0, "staff texts that say 'u':\n" + string.Join("\n", formal));
    }

    [Theory]
    [InlineData("nl", "1,5")]
    [InlineData("en", "1.5")]
    public async Task ChartAxisNumbersAreWrittenAsTheReaderWritesNumbers(string lang, string middle)
    {
        var series = new QuarterSeries("job-starts", "Starts", ["2026-Q1", "2026-Q2"], [1, 3], false, "Starts");

        var html = await IpsMonitor.Platform.Views.RenderAsync<QuarterChart>(new Dictionary<string, object?>
        {
            [nameof(QuarterChart.Series)] = series, [nameof(QuarterChart.Text)] = StaffText.For(lang),
        });

        var labels = Dom.Parse($"<body>{html}</body>").QuerySelectorAll("svg text").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains(middle, labels);
        Assert.Contains("3", labels);
    }

    [Fact]
    public void EveryCountInTheStaffTextsHasASingular()
    {
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("functions", "Workspace"), "*Text.*.json"))
        {
            var texts = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(file))!;
            foreach (var (key, value) in texts.Where(t => t.Value.ValueKind == JsonValueKind.String))
            {
                // A count: a number, then a word ("{0} kandidaten"), and nothing else filled in: not "{0} ({1})" or "{0} bij {1}",
                // nor a share ("{0} van de norm").
                var text = value.GetString() ?? "";
                if (!Regex.IsMatch(text, @"^\{0\} (?!(?:van|of) )\p{L}") || text.Contains("{1}", StringComparison.Ordinal))
                    continue;
                var singular = Enumerable.Range(0, key.Length).Where(i => key[i] == 's').Select(i => "One" + key.Remove(i, 1)).Append("One" + key);
                Assert.True(singular.Any(texts.ContainsKey), $"{Path.GetFileName(file)}: {key} counts, but has no One… text for 1");
            }
        }
    }

    [Fact]
    public async Task TheCandidatePageShowsOpenSignalsBeforeTheJobsAndNoDriegesprekWithoutAJob()
    {
        await using var p = await TestProgramme.StartAsync();
        var searching = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var working = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        await p.StartJobAsync(working, new DateOnly(2026, 6, 1), consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var withoutJob = Dom.Parse(await coach.PageAsync($"candidates/{searching}"));
        var withJob = Dom.Parse(await coach.PageAsync($"candidates/{working}"));

        Assert.Null(withoutJob.GetElementById("driegesprek"));
        Assert.NotNull(withJob.GetElementById("driegesprek"));
        var order = withJob.QuerySelectorAll("h2[id]").Select(h => h.Id).ToList();
        Assert.True(order.IndexOf("signals-title") < order.IndexOf("jobs-title"), string.Join(", ", order));
        Assert.True(order.IndexOf("signals-title") < order.IndexOf("driegesprek-title"), string.Join(", ", order));
    }

    [Fact]
    public void AYesNoScaleShowsOnlyItsEndsOnTheAxis()
    {
        var d = new Dimension("yes_no", 0, 1, [new ChartPoint(new DateOnly(2026, 10, 1), 1, false)], []);
        var chart = TrendChart.View(d, "Ja of nee", StaffText.Nl);
        Assert.Equal(["0", "1"], chart.Ticks.Select(t => t.Label).Order());
    }
}
