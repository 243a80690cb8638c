namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// The metric tests read one report of the fixture programme's third quarter. xUnit makes a class instance per test, so
/// each test computes its own and none can see another's.
/// </summary>
public abstract class FixtureReportTests
{
    private protected readonly QuarterlyReport report = ProgrammeFixture.Report();
}
