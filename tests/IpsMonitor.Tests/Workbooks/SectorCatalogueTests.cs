using static IpsMonitor.Tests.Workbooks.WorkbookFile;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>Sector is a choice from the SBI sections A–U plus "anders", so no free text reaches a funder.</summary>
public sealed class SectorCatalogueTests
{
    public static TheoryData<string?> NotInTheCatalogue() => ["Zorg", "Bakkerij De Vries", "g", "G ", "Z", "Anders", "", null];

    [Fact]
    public void TheCatalogueIsTheTwentyOneSbiSectionsPlusAnders()
    {
        Assert.Equal([.. "ABCDEFGHIJKLMNOPQRSTU".Select(c => c.ToString()), "anders"], SectorCatalogue.All.Select(s => s.Code));
        Assert.Equal("Gezondheids- en welzijnszorg", SectorCatalogue.Find("Q")!.Name);
        Assert.Equal("G Groot- en detailhandel; reparatie van auto's", SectorCatalogue.Find("G")!.Label);
        Assert.Equal("anders", SectorCatalogue.Classify("Bakkerij De Vries").Code);
    }

    [Theory]
    [MemberData(nameof(NotInTheCatalogue))]
    public async Task AJobWithASectorOutsideTheCatalogueIsRefusedWithAProblemNamingTheFieldAndTheChoices(string? sector)
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));

        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", Body(sector));

        var errors = (await ApiProblem.AssertAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        var message = Assert.Single(errors.GetProperty("sector").EnumerateArray()).GetString()!;
        Assert.Contains("Q (Gezondheids- en welzijnszorg)", message, StringComparison.Ordinal);
        Assert.Contains("'anders'", message, StringComparison.Ordinal);
        Assert.Equal(0, (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs").GetArrayLength());
    }

    [Fact]
    public async Task EveryChoiceOfTheCatalogueIsAcceptedAndStoredAsItsCode()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));

        foreach (var sector in SectorCatalogue.All)
        {
            var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", Body(sector.Code, "Werkgever " + sector.Code));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var jobs = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs").EnumerateArray();
        Assert.Equal(SectorCatalogue.All.Select(s => s.Code).Order(StringComparer.Ordinal), jobs.Select(j => j.GetProperty("sector").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FreeTextOfBeforeTheCatalogueIsAndersOutsideTheTeamAndAsTypedInside()
    {
        // The fixture's sectors are free text ("Zorg", "Horeca", …); one job gets a catalogue code.
        var data = ProgrammeFixture.Data();
        data = data with { Jobs = [.. data.Jobs.Select(j => j.Id == "j01" ? j with { Sector = "Q" } : j)] };
        var report = QuarterlyMetrics.Compute(data, ProgrammeFixture.Q3, ProgrammeFixture.Zone);

        using var intern = Open(report, WorkbookVariant.Intern);
        using var extern_ = Open(report, WorkbookVariant.Extern);
        string[] Sectors(ClosedXML.Excel.XLWorkbook file) =>
            [.. file.Worksheet(PlacementSheet.Name).RowsUsed().Where(r => r.Cell(1).GetString() == "Sector (regulier werk)").Select(r => r.Cell(2).GetString())];

        Assert.Equal(["Horeca", "Logistiek", "Q Gezondheids- en welzijnszorg", "Retail", "Schoonmaak", "Zorg"], Sectors(intern));
        Assert.Equal(SectorCatalogue.All.Select(s => s.Label), Sectors(extern_));
        var texts = AllCells(extern_).Select(c => c.GetString()).ToHashSet();
        foreach (var typed in new[] { "Horeca", "Logistiek", "Retail", "Schoonmaak", "Zorg" })
            Assert.DoesNotContain(typed, texts);

        // Every competitive placement of the quarter is counted under some section: the free text ones under "anders".
        var anders = extern_.Worksheet(PlacementSheet.Name).RowsUsed().Single(r => r.Cell(2).GetString() == "Anders");
        var expected = report.BySector.Where(s => s.Sector != "Q").Sum(s => s.Counts.OpenAtEnd);
        Assert.True(anders.Cell(5).GetString() == SmallCells.Mark || anders.Cell(5).GetDouble() == expected);
    }

    private static object Body(string? sector, string employer = "Bakkerij") => new
    {
        employer, jobTitle = "Medewerker", sector, startDate = new DateOnly(2026, 5, 1), contractHoursPerWeek = 16,
        competitive = true, kind = "regular",
    };
}
