namespace IpsMonitor.Questionnaires.Pages;

/// <summary>
/// A sentence template ("Bel {0} of gratis {1}.") cut into its words and its holes, so a page can put a link or a name in a
/// hole and still let Razor encode every word. Holes are {0} to {9}; any other brace is text.
/// </summary>
public sealed record TemplatePart(string Text, int? Hole)
{
    public static IReadOnlyList<TemplatePart> Of(string template)
    {
        var parts = new List<TemplatePart>();
        var start = 0;
        for (var i = 0; i + 2 < template.Length + 0 && i < template.Length - 2; i++)
        {
            if (template[i] != '{' || !char.IsAsciiDigit(template[i + 1]) || template[i + 2] != '}')
                continue;
            if (i > start)
                parts.Add(new(template[start..i], null));
            parts.Add(new("", template[i + 1] - '0'));
            start = i + 3;
            i += 2;
        }

        if (start < template.Length)
            parts.Add(new(template[start..], null));
        return parts;
    }
}
