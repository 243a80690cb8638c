using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace IpsMonitor.Platform;

/// <summary>Marks a request text property that may span lines (a note); all other text is one line.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MultiLineAttribute : Attribute;

/// <summary>
/// Rules every request body obeys, whatever its type, checked once the body has parsed: every text property follows
/// <see cref="TextRule"/>, every date lies from <see cref="EarliestDate"/> to <see cref="MaxYearsAhead"/> years after
/// today, every enum is a defined value. Each endpoint then adds its own rules (required, lengths, ordering of dates).
/// Fields are named as in the JSON, with a path for nested ones: "supervisor.email", "adjustments[0].startDate".
/// </summary>
internal static class BodyRules
{
    /// <summary>No IPS programme in this app recorded anything before 2000; an earlier date is a typing error.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>The furthest ahead any date may be: a planned review, a job end agreed in advance.</summary>
    public const int MaxYearsAhead = 2;

    public static DateOnly LatestDate(DateOnly today) => today.AddYears(MaxYearsAhead);

    public static Dictionary<string, ErrorCode[]> Check(object body, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        Visit(body, "", multiLine: false, stored: false, today, errors);
        return errors;
    }

    /// <summary>
    /// The same rules for a record read back from storage, but for text: every enum defined, every date in the range.
    /// Rows written before these rules existed, or by hand, may break them; a reader leaves such a row out.
    /// </summary>
    public static Dictionary<string, ErrorCode[]> CheckStored(object record, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        Visit(record, "", multiLine: false, stored: true, today, errors);
        return errors;
    }

    /// <summary>
    /// Whether a stored record keeps the rules <see cref="CheckStored"/> checks, without naming fields: a reader of tens of
    /// thousands of rows (the quarterly build) asks this first and visits again with names only a row that breaks one.
    /// It allocates next to nothing: properties of types that cannot break a stored rule (text, numbers, moments) are passed by.
    /// </summary>
    public static bool KeepsStoredRules(object? value, DateOnly today)
    {
        switch (value)
        {
            case null or string:
                return true;
            case DateOnly date:
                return date >= EarliestDate && date <= LatestDate(today);
            case Enum e:
                return Enum.IsDefined(e.GetType(), e);
            case IEnumerable list:
                if (!StoredRuleTypes.CanBreak(StoredRuleTypes.ElementType(list.GetType())))
                    return true;
                foreach (var item in list)
                    if (!KeepsStoredRules(item, today))
                        return false;
                return true;
        }
        foreach (var property in StoredRuleTypes.Properties(value.GetType()))
            if (!KeepsStoredRules(property.Get!(value), today))
                return false;
        return true;
    }

    /// <summary>The serializer's own view of a type: the JSON name, type and getter of each property it fills.</summary>
    public static IEnumerable<JsonPropertyInfo> Properties(Type type) =>
        Json.Options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info
            ? info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null)
            : [];

    public static bool IsMultiLine(JsonPropertyInfo property) =>
        property.AttributeProvider?.IsDefined(typeof(MultiLineAttribute), inherit: false) == true;

    private static void Visit(object? value, string field, bool multiLine, bool stored, DateOnly today,
        Dictionary<string, ErrorCode[]> errors)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (!stored && TextRule.Error(text, multiLine) is { } error)
                    errors[field] = [error];
                return;
            case DateOnly date:
                if (date < EarliestDate || date > LatestDate(today))
                    errors[field] = [new ErrorCode(ErrorCodes.DateRange, "The date lies outside the range this API accepts: from "
                        + $"{EarliestDate:yyyy-MM-dd} up to {MaxYearsAhead} years into the future "
                        + $"({LatestDate(today):yyyy-MM-dd}).")];
                return;
            case Enum e:
                if (!Enum.IsDefined(e.GetType(), e))
                    errors[field] = [$"'{e}' is not one of {string.Join(", ", StrictEnumConverter.Names(e.GetType()))}."];
                return;
            case IEnumerable list:
                var i = 0;
                foreach (var item in list)
                    Visit(item, $"{field}[{i++}]", multiLine, stored, today, errors);
                return;
        }
        foreach (var property in Properties(value.GetType()))
            Visit(property.Get?.Invoke(value), field.Length == 0 ? property.Name : $"{field}.{property.Name}", IsMultiLine(property), stored, today, errors);
    }
}
