using System.Buffers;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using IpsMonitor.CheckIns;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Reads a check-in's Answers column for the workbook: only numeric answers to the scale items it averages, under one
/// shared key string per item, so tens of thousands of check-ins do not each keep their own copies of the item ids. The
/// usual column ({"item":{"number":3,"text":null},…}, as the stores write it) is read in one pass without a dictionary of
/// its own; anything else goes through the serializer as every other reader reads it, so a row is readable here exactly
/// when it is readable there.
/// </summary>
internal static class ScaleAnswers
{
    /// <summary>Longer names are no scale item; such a column takes the serializer's way.</summary>
    private const int MaxName = 64;

    /// <summary>More items than this are checked for repeats by the serializer, not here.</summary>
    private const int MaxItems = 64;

    private static readonly Dictionary<string, string> Ids =
        ScaleItems.All.Select(i => i.ItemId).Distinct().ToDictionary(id => id, id => id, StringComparer.Ordinal);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IdsBySpan =
        Ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whole points of every scale (0 to 10), one answer each: an answer is a value and never changed.</summary>
    private static readonly Answer[] Points = [.. Enumerable.Range(0, 11).Select(n => Answer.Of(n))];

    private static readonly IReadOnlyDictionary<string, Answer> None = ReadOnlyDictionary<string, Answer>.Empty;

    public static IReadOnlyDictionary<string, Answer> Read(string? column)
    {
        if (column is null)
            return None;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(column.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(column, buffer);
            if (TryRead(buffer.AsSpan(0, length)) is { } read)
                return read;
        }
        catch (JsonException)
        {
            // Not the usual form: the serializer decides below, as for every other reader.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Kept(Json.Read<Dictionary<string, Answer>>(column));
    }

    /// <summary>The answers the workbook keeps of answers read in full.</summary>
    public static IReadOnlyDictionary<string, Answer> Kept(IReadOnlyDictionary<string, Answer> answers)
    {
        Dictionary<string, Answer>? kept = null;
        foreach (var (item, answer) in answers)
            if (answer.Number is not null && Ids.TryGetValue(item, out var key))
                (kept ??= new Dictionary<string, Answer>(StringComparer.Ordinal))[key] = answer;
        return kept ?? None;
    }

    /// <summary>The kept answers of a column in the usual form; null for any other form.</summary>
    private static IReadOnlyDictionary<string, Answer>? TryRead(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;
        Span<char> name = stackalloc char[MaxName];
        Span<int> seen = stackalloc int[MaxItems];
        var items = 0;
        Dictionary<string, Answer>? kept = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
                return reader.Read() ? null : kept ?? None;
            if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxName || items == MaxItems)
                return null;
            var chars = name[..Encoding.UTF8.GetChars(reader.ValueSpan, name)];
            // A repeated item is the serializer's to refuse; a hash that only looks repeated sends it there too.
            var hash = string.GetHashCode(chars, StringComparison.Ordinal);
            if (seen[..items].Contains(hash))
                return null;
            seen[items++] = hash;
            if (ReadAnswer(ref reader) is not { } number)
                return null;
            if (number.Value is { } value && IdsBySpan.TryGetValue(chars, out var key))
                (kept ??= new Dictionary<string, Answer>(StringComparer.Ordinal))[key] = Shared(value);
        }
        return null;
    }

    /// <summary>{"number":…,"text":null}, each at most once, in either order: the number (null when absent or null); else null.</summary>
    private static Number? ReadAnswer(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;
        var (number, hasNumber, hasText) = ((decimal?)null, false, false);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("number"u8) && !hasNumber)
            {
                hasNumber = reader.Read();
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
                    number = value;
                else if (reader.TokenType != JsonTokenType.Null)
                    return null;
            }
            else if (reader.ValueTextEquals("text"u8) && !hasText)
            {
                hasText = reader.Read();
                if (reader.TokenType != JsonTokenType.Null)
                    return null;
            }
            else
            {
                return null;
            }
        }
        return reader.TokenType == JsonTokenType.EndObject ? new Number(number) : null;
    }

    private static Answer Shared(decimal value) =>
        value.Scale == 0 && value >= 0 && value < Points.Length ? Points[(int)value] : new Answer(value, null);

    /// <summary>An answer's number, or its absence, told apart from a column this reader does not take.</summary>
    private readonly record struct Number(decimal? Value);
}
