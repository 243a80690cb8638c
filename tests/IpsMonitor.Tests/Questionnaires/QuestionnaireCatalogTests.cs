using System.Reflection;

namespace IpsMonitor.Tests.Questionnaires;

public sealed class QuestionnaireCatalogTests
{
    private static readonly QuestionnaireCatalog Catalog = TestDefinitions.Shipped;
    private static readonly string[] Questionnaires = [QuestionnaireCatalog.CandidateCheckIn, QuestionnaireCatalog.SupervisorCheckIn];

    [Fact]
    public void TheShippedDefinitionsLoadAsTheCurrentCheckInsForBothRespondents()
    {
        var candidate = Catalog.Current(Respondent.Candidate);
        var supervisor = Catalog.Current(Respondent.Supervisor);

        Assert.Equal(("candidate-checkin", 2, Respondent.Candidate), (candidate.Id, candidate.Version, candidate.Respondent));
        Assert.Equal(("supervisor-checkin", 3, Respondent.Supervisor), (supervisor.Id, supervisor.Version, supervisor.Respondent));
        Assert.Same(candidate, Catalog.Get("candidate-checkin", 2));
        Assert.Equal(1, Catalog.Get("candidate-checkin", 1).Version);
        Assert.InRange(candidate.Groups.Count, 3, 5);
        Assert.InRange(supervisor.Groups.Count, 3, 5);
    }

    [Fact]
    public void AnUnknownVersionIsNotFound()
    {
        Assert.False(Catalog.TryGet("candidate-checkin", 99, out _));
        Assert.Throws<KeyNotFoundException>(() => Catalog.Get("candidate-checkin", 99));
    }

    [Fact]
    public void EveryItemIdIsUsedByADefinitionWithTheKindItsCommentStates()
    {
        var ids = typeof(ItemIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        // Newest version first: an id a later version no longer asks (s_adjustments_fit) is found where it was last asked.
        var items = new Dictionary<string, (Respondent Respondent, Item Item)>();
        foreach (var definition in Questionnaires
            .SelectMany(id => Enumerable.Range(1, Catalog.Current(id).Version).Reverse().Select(v => Catalog.Get(id, v))))
            foreach (var item in definition.Items)
                items.TryAdd(item.Id, (definition.Respondent, item));

        Assert.Equal(27, ids.Count);
        foreach (var id in ids)
        {
            Assert.True(items.ContainsKey(id), $"{id} is in no definition");
            Assert.Equal(id.StartsWith("s_", StringComparison.Ordinal) ? Respondent.Supervisor : Respondent.Candidate, items[id].Respondent);
            Assert.Null(KnownItems.Violation(items[id].Respondent, items[id].Item));
        }

        Assert.Equal((0, 10), Scale(items[ItemIds.WorkAbility].Item));
        Assert.Equal((0, 10), Scale(items[ItemIds.SupervisorWorkAbility].Item));
        Assert.Equal((1, 5), Scale(items[ItemIds.Workload].Item));
        Assert.IsType<NumberItem>(items[ItemIds.HoursWorked].Item);
        Assert.IsType<YesNoItem>(items[ItemIds.SupervisorTaskGrowth].Item);
        Assert.IsType<TextItem>(items[ItemIds.HelpNow].Item);
        Assert.Equal(["more_hours", "more_tasks", "both", "not_now", "fewer_tasks", "dont_know"],
            Assert.IsType<ChoiceItem>(items[ItemIds.SupervisorReadyForMore].Item).Options.Select(o => o.Id));
        Assert.Equal(["yes", "partly", "no", "none_recorded"],
            Assert.IsType<ChoiceItem>(items[ItemIds.SupervisorAdjustmentsFit].Item).Options.Select(o => o.Id));
        var perAdjustment = Assert.IsType<ChoiceItem>(Catalog.Current(Respondent.Supervisor).FindItem(ItemIds.SupervisorAdjustmentFit));
        Assert.True(perAdjustment.PerAdjustment);
        Assert.Equal(["yes", "partly", "no"], perAdjustment.Options.Select(o => o.Id));
        Assert.Null(Catalog.Current(Respondent.Supervisor).FindItem(ItemIds.SupervisorAdjustmentsFit));
    }

    [Fact]
    public void JobAndHoursItemsAreOptionalSoCandidatesLookingForWorkCanAnswer()
    {
        var candidate = Catalog.Current(Respondent.Candidate);
        string[] jobItems = [ItemIds.HoursWorked, ItemIds.ContractHours, ItemIds.DesiredHours, ItemIds.Workload, ItemIds.Satisfaction,
            ItemIds.Fit, ItemIds.NewTasks, ItemIds.WantsChallenge, ItemIds.TalkedDevelopment, ItemIds.HelpNow];

        Assert.All(jobItems, id => Assert.False(candidate.FindItem(id)!.Required, id));
        Assert.All(Catalog.All.SelectMany(d => d.Items).OfType<TextItem>(), t => Assert.False(t.Required));
    }

    [Fact]
    public void EveryScaleStatesItsSpreadAndReliabilityForReliableChange()
    {
        var merged = Catalog.CurrentScaleStatistics;

        Assert.Equal(new ScaleStatistics(2.0, 0.80), merged[ItemIds.WorkAbility]);
        Assert.Equal(new ScaleStatistics(2.0, 0.80), merged[ItemIds.SupervisorWorkAbility]);
        Assert.Equal(new[] { Catalog.Current(Respondent.Candidate), Catalog.Current(Respondent.Supervisor) }
            .SelectMany(d => d.Items).OfType<ScaleItem>().Select(s => s.Id).Order(), merged.Keys.Order());
        Assert.All(merged.Values, s => Assert.True(s.Sd > 0 && s.Reliability is > 0 and < 1));
        Assert.Equal(QuestionnaireCatalog.ScaleStatistics(Catalog.Current(Respondent.Supervisor)).Keys.Order(),
            merged.Keys.Where(k => k.StartsWith("s_", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void EveryTextIsInEveryRespondentLanguage()
    {
        foreach (var definition in Catalog.All)
        {
            var texts = new[] { definition.Title, definition.Intro }
                .Concat(definition.Groups.SelectMany(g => new[] { g.Title, g.Intro }))
                .Concat(definition.Items.SelectMany(i => new[] { i.Text, i.Hint }))
                .OfType<LocalizedText>();
            Assert.All(texts, t => Assert.True(t.Texts.Count == Languages.Respondent.Count && t.Texts.Values.All(v => v.Length > 0)));
        }
    }

    [Fact]
    public void AddQuestionnairesRegistersOneCatalogLoadedAtRegistration()
    {
        var services = new ServiceCollection().AddQuestionnaires();

        var descriptor = Assert.Single(services, s => s.ServiceType == typeof(QuestionnaireCatalog));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.NotNull(descriptor.ImplementationInstance);
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<QuestionnaireCatalog>().Current(Respondent.Supervisor));
    }

    private static (int, int) Scale(Item item) => Assert.IsType<ScaleItem>(item) is var s ? (s.Min, s.Max) : default;
}
