using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Platform;

/// <summary>Reading table rows without null-forgiving: a missing row is null, a missing required value a format fault.</summary>
internal static class TableRows
{
    /// <summary>The row a point read found, or null.</summary>
    public static TableEntity? Row(this NullableResponse<TableEntity> response) => response.HasValue ? response.Value : null;

    /// <summary>A time every row of its kind carries; a row without it is damaged, as a reader of broken rows reports.</summary>
    public static DateTimeOffset RequiredTime(this TableEntity row, string name) =>
        row.GetDateTimeOffset(name) ?? throw new FormatException($"The row {row.RowKey} has no {name}.");
}
