using AngleSharp.Dom;
using Xunit.Abstractions;

namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// Every staff form (from functions.metadata) with each of its fields, as the page renders them, made hostile one at a
/// time: text the API refuses, numbers and dates that do not read, choices by number or combined. Each is refused with a
/// 4xx, never a 500 or a redirect, and nothing is stored: a form checks every field before its first write.
/// </summary>
public sealed partial class HostileFormValueTests(ITestOutputHelper output)
{
    /// <summary>Text the API refuses: control, separator, noncharacter and bidirectional characters, invisible-only text, overlong marks.</summary>
    private static readonly string[] HostileText =
    [
        "bel\u0007", "a\u0000b", "a\u202Eb", "a\u2028b", "x\uFFFE", "\u200B", "rechts\u200Fom", "links\u200Eom", "a\u061Cb",
        "e" + new string('\u0301', 12_000), string.Concat(Enumerable.Repeat("a" + new string('\u0301', 200), 400)),
    ];

    private static readonly string[] HostileNumbers = ["16 uur", "1e3", "--4", "0x10"];

    private static readonly string[] HostileDates = ["31-02-2026", "2026-13-01", "morgen"];

    private static readonly string[] HostileChoices = ["Regular, Doelgroepbaan", "1", "0", "-1", "None, Full"];

    /// <summary>Values for fields a page leaves empty, so a hostile field is the only thing wrong with the post.</summary>
    private static readonly Dictionary<string, string> Valid = new()
    {
        ["employer"] = "Bakkerij De Korf", ["jobTitle"] = "Hulp", ["startDate"] = "2026-06-02", ["contractHoursPerWeek"] = "16",
        ["reason"] = "Other", ["supervisorName"] = "Mevrouw Jansen", ["trialGoals"] = "Leren bakken", ["trialDecision"] = "Extended",
        ["note"] = "Gezien", ["coachId"] = "coach-c", ["fte"] = "0,8", ["label"] = "Laptop", ["competitive"] = "true",
        ["supervisorConsent"] = "true", ["sector"] = "C", ["kind"] = "Regular", ["role"] = "Coach", ["model"] = "IpsA",
        ["fromCoachId"] = "coach-a", ["toCoachId"] = "coach-b", ["effect"] = "Helpt", ["employedAtReferral"] = "false",
        ["isGoal"] = "false", ["with"] = "Candidate", ["means"] = "Phone", ["workAbility"] = "6", ["fit"] = "4", ["independence"] = "3",
        ["nextStep"] = "NotNow",
    };

    /// <summary>
    /// Text of only spaces, in every text field of every staff form, one at a time: a required field refuses it with its
    /// own error; an optional one stores it as none. No stored row ever holds a value of only spaces.
    /// </summary>
    [Fact]
    public async Task EveryTextFieldOfOnlySpacesIsRefusedWhenRequiredAndStoredAsNoneWhenOptional()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = await FormsAsync(world);
        var candidateId = world.Values["candidateId"];
        var required = new HashSet<(string, string)>();
        foreach (var shown in new[] { $"candidates/{candidateId}", "team?from=coach-a", $"candidates/{candidateId}/data", "fidelity", "enrolment",
            $"candidates/{candidateId}/jobs/{world.Values["jobId"]}/end", $"candidates/{candidateId}/discharge" })
            foreach (var form in Dom.Parse(await world.Staff.PageAsync(shown)).QuerySelectorAll("form"))
                foreach (var input in form.QuerySelectorAll("[required][name]"))
                    required.Add((form.GetAttribute("action") ?? "", input.GetAttribute("name") ?? ""));
        var failures = new List<string>();
        var cases = 0;

        foreach (var (route, path, fields) in forms)
        {
            foreach (var (field, (kind, _)) in fields.Where(f => f.Value.Kind is "text" or "textarea" or "email"))
            {
                // The erasure's typed confirmation is refused for not matching, whatever it holds.
                if (field == "confirmation")
                    continue;
                cases++;
                var values = fields.ToDictionary(f => f.Key, f => f.Value.Value);
                values[field] = "   ";
                var answer = await PostAsync(world, route, path, values);
                var name = $"{route} {field}";
                if ((int)answer.StatusCode >= 500)
                    failures.Add($"{name}: {(int)answer.StatusCode}");
                else if (required.Any(r => r.Item1.EndsWith(path, StringComparison.Ordinal) && r.Item2 == field))
                {
                    var page = answer.Content.Headers.ContentType?.MediaType == "text/html" ? Dom.Parse(await answer.Content.ReadAsStringAsync()) : null;
                    if (page?.QuerySelector($".errors li[data-field='{field}']") is null)
                        failures.Add($"{name}: required, but only spaces were not refused at the field ({(int)answer.StatusCode})");
                }
            }
        }

        failures.AddRange(await OnlySpacesStoredAsync(world));
        output.WriteLine($"{cases} text fields sent as only spaces");
        Assert.True(cases >= 20, $"only {cases} text fields");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every stored property of only spaces, also inside the JSON a row keeps ("name":"   ").</summary>
    private static async Task<List<string>> OnlySpacesStoredAsync(RouteWorld world)
    {
        var found = new List<string>();
        var prefix = world.P.Service<StorageNames>().Prefix;
        var tables = world.P.Service<TableServiceClient>();
        await foreach (var table in tables.QueryAsync(t => t.Name.CompareTo(prefix) >= 0))
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
                foreach (var (key, value) in row)
                    if (value is string text && ((text.Length > 0 && string.IsNullOrWhiteSpace(text)) || SpacesInJson().IsMatch(text)))
                        found.Add($"{table.Name} {row.RowKey} {key} holds only spaces");
        }
        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@":\s*""[ \t]+""")]
    private static partial System.Text.RegularExpressions.Regex SpacesInJson();

    /// <summary>The words of a Dutch message that asks to choose: "Kies een begeleider", "Geef aan of…", "Vink … aan".</summary>
    private static readonly string[] ChooseWords = ["kies", "geef aan", "vink"];

    /// <summary>Forms that read no field: nothing hostile can be typed into them (their refusals are in HostileLinkAndFormTests).</summary>
    private static readonly string[] WithoutFields =
        ["sign-in", "sign-out", "/revoke", "/deactivate", "/builds", "/withdraw", "/development-links", "/development-links/stop",
            "/summary/mail", "/discussed", "/fit-review"];

    [Fact]
    public async Task EveryFieldOfEveryStaffFormRefusesWhatTheApiRefusesAndStoresNothing()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = await FormsAsync(world);
        var before = await world.StoredAsync();
        var cases = new HostileCases();

        foreach (var (route, path, fields) in forms)
        {
            foreach (var (field, (kind, _)) in fields)
            {
                foreach (var hostile in Hostile(kind))
                {
                    var values = fields.ToDictionary(f => f.Key, f => f.Value.Value);
                    values[field] = hostile;
                    var name = $"{route} {field} = {Shown(hostile)}";
                    var answer = await PostAsync(world, route, path, values);
                    if (answer.Content.Headers.ContentType?.MediaType == "text/html")
                        AnsweredAgain(cases, name, Dom.Parse(await answer.Content.ReadAsStringAsync()), path, field, kind, hostile);
                    await cases.CheckAsync(name, answer);
                }
            }
        }

        output.WriteLine($"hostile form values: {cases.Count} cases on {forms.Count} forms");
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.True(cases.Failures.Count == 0, string.Join("\n", cases.Failures));
        Assert.Equal(before, await world.StoredAsync());
    }

    /// <summary>
    /// Errors never come in rounds: a form sent empty but for one field that does not read (text with a NUL, a date or a
    /// number that does not read) shows that field's error and every error the same form sent empty shows (required
    /// choices, dates in order), in one answer.
    /// </summary>
    [Fact]
    public async Task EveryStaffFormShowsItsUnreadableFieldAndTheRulesItBreaksInOneAnswer()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = await FormsAsync(world);
        var failures = new List<string>();
        var withRules = 0;

        foreach (var (route, path, fields) in forms)
        {
            // The field that will not read: a text if the form has one, else a date, else a number.
            var unreadable = fields.Where(f => f.Value.Kind is "text" or "textarea" or "email").Select(f => (f.Key, Value: "a\u0000b"))
                .Concat(fields.Where(f => f.Value.Kind == "date").Select(f => (f.Key, Value: "morgen")))
                .Concat(fields.Where(f => f.Value.Kind == "number").Select(f => (f.Key, Value: "16 uur")))
                .FirstOrDefault();
            if (unreadable.Key is null)
                continue;
            // Empty fields, as a person who sends the form at once; a yes/no choice is left unanswered.
            var empty = fields.Where(f => f.Value.Kind != "choice").ToDictionary(f => f.Key, _ => "");
            var rules = await ErrorFieldsAsync(await PostAsync(world, route, path, empty));
            rules.Remove(unreadable.Key);
            if (rules.Count == 0)
                continue;
            withRules++;
            var sent = new Dictionary<string, string>(empty) { [unreadable.Key] = unreadable.Value };
            var shown = await ErrorFieldsAsync(await PostAsync(world, route, path, sent));
            if (!shown.Contains(unreadable.Key) || !shown.IsSupersetOf(rules))
                failures.Add($"{route} with {unreadable.Key} unreadable shows [{string.Join(", ", shown)}], "
                    + $"not also [{string.Join(", ", rules.Except(shown))}]");
        }

        output.WriteLine($"{withRules} forms with rules checked");
        Assert.True(withRules >= 10, $"only {withRules} forms with rules");
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        static async Task<HashSet<string>> ErrorFieldsAsync(HttpResponseMessage answer) =>
            Dom.Parse(await answer.Content.ReadAsStringAsync()).QuerySelectorAll(".errors li[data-field]")
                .Select(li => li.GetAttribute("data-field") ?? "").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The error pattern of every staff form, sent empty: each line of the summary links to its field, and that field is
    /// marked invalid, with its own message right above it in its group, named in its aria-describedby next to its hints.
    /// </summary>
    [Fact]
    public async Task EveryErrorOfEveryStaffFormSentEmptyIsMarkedAtItsFieldAndLinkedFromTheSummary()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = await FormsAsync(world);
        var failures = new List<string>();
        var checkedErrors = 0;
        var hiddenFields = new Dictionary<string, List<(string, string)>>();
        foreach (var shown in new[] { $"candidates/{world.Values["candidateId"]}", "team?from=coach-a" })
            foreach (var form in Dom.Parse(await world.Staff.PageAsync(shown)).QuerySelectorAll("form"))
                foreach (var (_, path, _) in forms.Where(f => (form.GetAttribute("action") ?? "").EndsWith(f.Path, StringComparison.Ordinal)))
                    hiddenFields[path] = form.QuerySelectorAll("input[type=hidden][name]").Where(i => i.GetAttribute("name") != "__af")
                        .Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();

        foreach (var (route, path, fields) in forms)
        {
            // Sent as a browser sends it: with the form's hidden fields (the coach whose candidates move, given consent).
            var empty = fields.Where(f => f.Value.Kind != "choice").ToDictionary(f => f.Key, _ => "");
            foreach (var (hidden, value) in hiddenFields.GetValueOrDefault(path) ?? [])
                empty.TryAdd(hidden, value);
            var answer = await PostAsync(world, route, path, empty);
            if (answer.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var page = Dom.Parse(await answer.Content.ReadAsStringAsync());
            // A form the record does not offer now (referring again a candidate not discharged) has no fields to mark.
            if (!page.QuerySelectorAll("form").Any(f => (f.GetAttribute("action") ?? "").EndsWith(path, StringComparison.Ordinal)))
                continue;
            foreach (var line in page.QuerySelectorAll(".errors li[data-field]"))
            {
                checkedErrors++;
                var name = $"{route} {line.GetAttribute("data-field")}";
                var href = line.QuerySelector("a")?.GetAttribute("href") ?? "";
                var field = href.StartsWith('#') ? page.GetElementById(Uri.UnescapeDataString(href[1..])) : null;
                if (field is null)
                {
                    failures.Add($"{name}: the summary links to \"{href}\", which is no element of the page");
                    continue;
                }
                if (field.GetAttribute("aria-invalid") != "true")
                    failures.Add($"{name}: {field.LocalName}#{field.Id} is not marked aria-invalid");
                var described = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var message = described.Select(page.GetElementById).FirstOrDefault(e => e?.ClassList.Contains("field-error") == true);
                if (message is null)
                {
                    failures.Add($"{name}: {field.LocalName}#{field.Id} names no error message in aria-describedby ({string.Join(' ', described)})");
                    continue;
                }
                if (message.TextContent.Trim().Length == 0)
                    failures.Add($"{name}: its error message is empty");
                // A choice left empty asks to choose, never for a format ("Code begeleider: 1 tot 20 letters").
                var choice = field.LocalName is "select" or "fieldset";
                if (choice && !ChooseWords.Any(w => message.TextContent.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    failures.Add($"{name}: a choice left empty says \"{message.TextContent.Trim()}\", not to choose");
                // Right above the input in the field's group; in a group of choices, under its legend (and hint).
                var sits = field.LocalName == "fieldset"
                    ? message.ParentElement == field
                    : message.NextElementSibling == field;
                if (!sits)
                    failures.Add($"{name}: the error message is not right above {field.LocalName}#{field.Id}");
                if (!described.Where(id => id.EndsWith("-hint", StringComparison.Ordinal)).All(id => page.GetElementById(id) is not null))
                    failures.Add($"{name}: a hint it names is missing");
                if (page.QuerySelectorAll($"[id='{message.Id}']").Length != 1)
                    failures.Add($"{name}: the message id {message.Id} is not unique");
            }
        }

        output.WriteLine($"{checkedErrors} errors checked on {forms.Count} forms");
        Assert.True(checkedErrors >= 30, $"only {checkedErrors} errors");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every staff form with fields (from functions.metadata), with the fields its page renders and the value each would send.</summary>
    private static async Task<List<(HttpRoute Route, string Path, Dictionary<string, (string Kind, string Value)> Fields)>> FormsAsync(RouteWorld world)
    {
        var forms = HttpRoute.All.Where(r => r.IsPage && r.Method == "POST" && !WithoutFields.Any(w => r.Template.EndsWith(w, StringComparison.Ordinal))).ToList();
        Assert.True(forms.Count >= 10, string.Join(", ", forms));
        var candidateId = world.Values["candidateId"];
        var pages = new List<IDocument>();
        var jobId = world.Values["jobId"];
        // Destructive forms live on their confirmation pages; the reassign form shows once a coach is chosen (the candidate's).
        foreach (var path in new[] { $"candidates/{candidateId}", "team?from=coach-a", $"candidates/{candidateId}/data", "fidelity", "enrolment",
            $"candidates/{candidateId}/jobs/{jobId}/end", $"candidates/{candidateId}/discharge" })
            pages.Add(Dom.Parse(await world.Staff.PageAsync(path)));
        var found = new List<(HttpRoute, string, Dictionary<string, (string Kind, string Value)>)>();
        foreach (var route in forms)
        {
            var path = world.PathOf(route);
            var fields = Fields(pages, path);
            // The acknowledgement form shows only with an open signal; the job change form shows trial fields only for a trial.
            if (route.Template.EndsWith("/acknowledge", StringComparison.Ordinal))
                fields.TryAdd("note", ("textarea", "Gezien"));
            // Referring again shows only for a discharged candidate: the same fields, refused here as not discharged too.
            if (route.Template.EndsWith("/referrals", StringComparison.Ordinal))
            {
                fields.TryAdd("referralDate", ("date", "2026-06-02"));
                fields.TryAdd("employedAtReferral", ("choice", "false"));
            }
            // The check-in correction shows only while a check-in is open or cancelled.
            if (route.Template.EndsWith("/check-ins", StringComparison.Ordinal))
            {
                fields.TryAdd("invitationId", ("select", world.Values["invitationId"]));
                fields.TryAdd("respondent", ("select", "Candidate"));
            }
            // An agreement is marked done only once a driegesprek is recorded, which this world has none of: the same field.
            if (route.Template.EndsWith("/agreements/{agreementId}/done", StringComparison.Ordinal))
                fields.TryAdd("doneOn", ("date", "2026-11-25"));
            if (route.Template.EndsWith("/sharing", StringComparison.Ordinal))
                fields.TryAdd("candidateAgreed", ("choice", "true"));
            if (route.Template.EndsWith("/jobs/{jobId}", StringComparison.Ordinal))
            {
                fields.TryAdd("trialDecision", ("select", Valid["trialDecision"]));
                fields.TryAdd("trialGoals", ("textarea", Valid["trialGoals"]));
            }
            Assert.True(fields.Count > 0, $"{route}: no form with fields found on the staff pages");
            found.Add((route, path, fields));
        }
        return found;
    }

    private static async Task<HttpResponseMessage> PostAsync(RouteWorld world, HttpRoute route, string path, Dictionary<string, string> values)
    {
        var body = string.Join('&', values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
        // UTF-8 as a browser sends it: with charset=us-ascii the reader would turn every escaped non-ASCII byte into '?'.
        var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        return await world.SendAsync(route, path, content);
    }

    /// <summary>
    /// A refused form comes back as itself, never as "Formulier verlopen": with a line that names the field in words (not
    /// "localReference:"), says so when the text holds direction characters, and keeps what was typed, less the characters
    /// the text rule refuses.
    /// </summary>
    private static void AnsweredAgain(HostileCases cases, string name, IDocument page, string path, string field, string kind, string hostile)
    {
        var t = IpsMonitor.Workspace.StaffText.For("nl");
        var errors = page.QuerySelector(".errors")?.TextContent ?? "";
        if (page.QuerySelector("h1")?.TextContent == t.FormExpiredTitle)
            cases.Fail($"{name}: answered as an expired form");
        else if (errors.Length == 0)
            cases.Fail($"{name}: no error shown");
        else if (errors.Contains(field + ":", StringComparison.Ordinal))
            cases.Fail($"{name}: the error names the field by its code: {errors}");
        // A typed confirmation (the erasure's) is refused for not matching, which it does not.
        else if (kind is "text" or "textarea" or "email" && field != "confirmation" && hostile.Any(c => c is '\u202E' or '\u200F' or '\u200E' or '\u061C')
            && !errors.Contains("richting", StringComparison.Ordinal))
            cases.Fail($"{name}: the error does not say the text holds direction characters: {errors}");
        var form = page.QuerySelectorAll("form").FirstOrDefault(f => (f.GetAttribute("action") ?? "").EndsWith(path, StringComparison.Ordinal));
        var input = form?.QuerySelector($"[name='{field}']");
        var kept = input?.LocalName == "textarea" ? input.TextContent : input?.GetAttribute("value");
        if (kind is "text" or "textarea" or "email" && input is not null && kept != IpsMonitor.Platform.TextRule.Clean(hostile, multiLine: true))
            cases.Fail($"{name}: the form came back without what was typed ({Shown(kept ?? "(none)")})");
    }

    /// <summary>The fields of the form posting to this path, as the page renders them: kind and the value it would send.</summary>
    private static Dictionary<string, (string Kind, string Value)> Fields(IEnumerable<IDocument> pages, string path)
    {
        var fields = new Dictionary<string, (string Kind, string Value)>();
        var form = pages.SelectMany(p => p.QuerySelectorAll("form"))
            .FirstOrDefault(f => (f.GetAttribute("action") ?? "").EndsWith(path, StringComparison.Ordinal));
        foreach (var element in form?.QuerySelectorAll("input[name], select[name], textarea[name]") ?? Enumerable.Empty<IElement>())
        {
            var name = element.GetAttribute("name") ?? "";
            var type = element.LocalName == "input" ? element.GetAttribute("type") ?? "text" : element.LocalName;
            if (name == "__af" || type is "hidden" or "submit")
                continue;
            if (element.GetAttribute("inputmode") is "decimal" or "numeric")
                type = "number";
            var value = type switch
            {
                "select" => element.QuerySelector("option[selected]")?.GetAttribute("value") ?? element.QuerySelector("option")?.GetAttribute("value") ?? "",
                "textarea" => element.TextContent,
                _ => element.GetAttribute("value") ?? "",
            };
            if (type is "checkbox" or "radio")
            {
                // A choice between true and false: posted as the page would, never made hostile (any other value is "not given").
                if (element.HasAttribute("checked") || (!fields.ContainsKey(name) && Valid.TryGetValue(name, out var chosen) && chosen == value))
                    fields[name] = ("choice", value);
                continue;
            }
            fields[name] = (type, value.Length > 0 ? value : Valid.GetValueOrDefault(name, ""));
        }
        return fields;
    }

    private static IEnumerable<string> Hostile(string kind) => kind switch
    {
        "select" => HostileChoices,
        "date" => HostileDates,
        "number" => HostileNumbers,
        "choice" => [],
        "text" or "textarea" or "email" => HostileText,
        _ => HostileText,
    };

    private static string Shown(string value) =>
        value.Length > 40 ? $"{value.Length} UTF-16 units" : string.Concat(value.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
