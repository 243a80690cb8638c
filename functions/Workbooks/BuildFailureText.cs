using IpsMonitor.Platform;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Why a workbook build failed, in words for a coordinator: one record per staff language, one sentence per
/// <see cref="BuildFailure"/>. None quotes an exception; each says what happens next and who can help.
/// </summary>
public sealed record BuildFailureText(
    string Lang, string StorageUnavailable, string StorageRefused, string NotQueued, string Lost, string BuildError)
    : ITextRecord
{
    public static BuildFailureText For(string lang) => Table.For(lang);

    public string Explain(BuildFailure failure) => failure switch
    {
        BuildFailure.StorageUnavailable => StorageUnavailable,
        BuildFailure.StorageRefused => StorageRefused,
        BuildFailure.NotQueued => NotQueued,
        BuildFailure.Lost => Lost,
        _ => BuildError,
    };

    internal static readonly TextTable<BuildFailureText> Table = TextTable<BuildFailureText>.Load(Languages.Staff);

    public static BuildFailureText Nl => Table.For(Languages.Dutch);
    public static BuildFailureText En => Table.For(Languages.English);
}
