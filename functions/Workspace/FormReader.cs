using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>
/// Reads a staff form into the request the JSON API takes, with the API's rules: a number or a date that does not read,
/// or a choice that is not one of the offered names (no numbers, no combinations such as "Regular, Doelgroepbaan"), is
/// an error of its field. <see cref="Check"/> then applies the rules every API body obeys (<see cref="BodyRules"/>), so
/// a form can never store what the API refuses, and nothing is stored while any field is wrong.
/// </summary>
internal sealed class FormReader(IFormCollection form)
{
    private readonly Dictionary<string, ErrorCode[]> errors = [];

    public IReadOnlyDictionary<string, ErrorCode[]> Errors => errors;

    /// <summary>The text as typed, or null when the field is empty or only spaces.</summary>
    public string? Text(string field) => string.IsNullOrWhiteSpace(form[field]) ? null : form[field].ToString();

    /// <summary>The text as typed, empty when the field is missing.</summary>
    public string Raw(string field) => form[field].ToString();

    public IReadOnlyList<string> All(string field) => form[field].Select(x => x ?? "").ToList();

    public bool? Bool(string field) => form[field] == "true" ? true : form[field] == "false" ? false : null;

    public DateOnly? Date(string field)
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(text, ["d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return date;
        errors[field] = [new(ErrorCodes.DateFormat, "Expected a date as yyyy-mm-dd.")];
        return null;
    }

    /// <summary>A number as people type it: 7,5 and 7.5 are the same; "16 uur" is not a number.</summary>
    public decimal? Number(string field)
    {
        var text = form[field].ToString().Trim().Replace(',', '.');
        if (text.Length == 0)
            return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number;
        errors[field] = [new(ErrorCodes.NumberFormat, "Expected a number.")];
        return null;
    }

    /// <summary>A whole number, such as weeks: "2,5" or "1e3" is an error of its field, as in the API's JSON.</summary>
    public int? Whole(string field)
    {
        if (Number(field) is not { } number)
            return null;
        if (number == decimal.Truncate(number) && number <= int.MaxValue)
            return (int)number;
        errors[field] = [new(ErrorCodes.NumberFormat, "Expected a whole number.")];
        return null;
    }

    /// <summary>One of the enum's names, as the API's JSON reads it; empty is null, anything else is an error.</summary>
    public TEnum? Choice<TEnum>(string field) where TEnum : struct, Enum
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
            return null;
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name is not null)
            return Enum.Parse<TEnum>(name);
        errors[field] = [new(ErrorCodes.UnknownChoice,
            $"Expected one of {string.Join(", ", StrictEnumConverter.Names(typeof(TEnum)))}, as text (a name, not a number).")];
        return null;
    }

    /// <summary>Several of the enum's names (ticked boxes); any that is not one makes the whole field an error.</summary>
    public IReadOnlyList<TEnum> Choices<TEnum>(string field) where TEnum : struct, Enum
    {
        var chosen = new List<TEnum>();
        foreach (var text in form[field])
        {
            var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors[field] = [new(ErrorCodes.UnknownChoice,
                    $"Expected each of {string.Join(", ", StrictEnumConverter.Names(typeof(TEnum)))}, as text (a name, not a number).")];
                return [];
            }
            chosen.Add(Enum.Parse<TEnum>(name));
        }
        return chosen;
    }

    /// <summary>
    /// The operation's own rules (dates in order, a choice required), run on what could be read when a field could not:
    /// one answer then lists every error, never one round of errors hiding the next. A field keeps its first error.
    /// </summary>
    public void Also(IReadOnlyDictionary<string, ErrorCode[]> rules)
    {
        foreach (var (field, problems) in rules)
            errors.TryAdd(field, problems);
    }

    public void Also(IReadOnlyDictionary<string, string[]> rules) => Also(Invalid.Of(rules).Errors);

    /// <summary>The rules every API body obeys, for the request this form became; true when no field is wrong.</summary>
    public bool Check(object request, DateOnly today)
    {
        foreach (var (field, problems) in BodyRules.Check(request, today))
            errors.TryAdd(field, problems);
        return errors.Count == 0;
    }
}
