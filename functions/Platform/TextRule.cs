using System.Globalization;
using System.Text;

namespace IpsMonitor.Platform;

/// <summary>
/// One rule for all text that people type, in every request body and in the questionnaire form:
/// - no control characters (U+0000–U+001F, U+007F–U+009F), except a line break (LF, or CR LF) where text may span lines;
/// - no line or paragraph separators (U+2028, U+2029), which some readers show as a break and others do not;
/// - no noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, such as U+FFFE) and no lone surrogates;
/// - no bidirectional marks, embeddings, overrides or isolates (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069),
///   which make text read other than it is stored (an e-mail address with U+202E shows a different address);
/// - no value that is empty once spaces and invisible characters (such as U+200B) are trimmed, unless it is empty.
/// The API refuses such text with a problem; the questionnaire form, whose readers cannot see what is wrong, drops the
/// characters instead (<see cref="Clean"/>).
/// </summary>
internal static class TextRule
{
    /// <summary>Why the text breaks the rule, in words for a client developer; null when it is fine.</summary>
    public static string? Problem(string value, bool multiLine)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!Rune.TryGetRuneAt(value, i, out var rune))
                return "The text holds a broken character (a lone surrogate).";
            if (rune.Utf16SequenceLength == 2)
                i++;
            if (IsLineBreak(value, i, rune))
            {
                if (!multiLine)
                    return "The text must be on one line.";
                continue;
            }
            if (Refused(rune) is { } reason)
                return reason;
        }
        return value.Length > 0 && IsBlank(value) ? "The text holds only spaces or invisible characters." : null;
    }

    /// <summary>The refusal of text that breaks the rule, coded so a page can say what is wrong; null when it is fine.</summary>
    public static ErrorCode? Error(string value, bool multiLine) =>
        Problem(value, multiLine) is not { } problem ? null
        : new(value.EnumerateRunes().Any(r => IsDirectionControl(r.Value)) ? ErrorCodes.TextDirection : ErrorCodes.TextRule, problem);

    /// <summary>True when nothing visible is left after trimming spaces and invisible (format) characters.</summary>
    public static bool IsBlank(string? value) =>
        value is null || value.EnumerateRunes().All(r => Rune.IsWhiteSpace(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.Format);

    /// <summary>The text without what the rule refuses; line breaks stay as typed where text may span lines, a space elsewhere.</summary>
    public static string Clean(string value, bool multiLine)
    {
        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (!Rune.TryGetRuneAt(value, i, out var rune))
                continue;
            if (rune.Utf16SequenceLength == 2)
                i++;
            if (IsLineBreak(value, i, rune))
                kept.Append(multiLine ? rune.ToString() : rune.Value == '\n' ? " " : "");
            else if (Refused(rune) is null)
                kept.Append(rune.ToString());
        }
        return IsBlank(kept.ToString()) ? "" : kept.ToString();
    }

    // Browsers send a line break as CR LF: the CR before an LF is part of the break, a lone CR is a control character.
    private static bool IsLineBreak(string value, int i, Rune rune) =>
        rune.Value == '\n' || (rune.Value == '\r' && i + 1 < value.Length && value[i + 1] == '\n');

    private static bool IsDirectionControl(int c) => c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C;

    private static string? Refused(Rune rune)
    {
        var c = rune.Value;
        if (c < 0x20 || c is >= 0x7F and <= 0x9F)
            return $"The text holds a control character (U+{c:X4}).";
        if (c is 0x2028 or 0x2029)
            return "The text holds a line or paragraph separator (U+2028 or U+2029); use a plain line break where one is allowed.";
        if (c is >= 0xFDD0 and <= 0xFDEF || (c & 0xFFFE) == 0xFFFE)
            return $"The text holds a noncharacter (U+{c:X4}).";
        // The marks U+200E, U+200F and U+061C turn the direction of what follows as surely as an embedding does.
        if (IsDirectionControl(c))
            return $"The text holds a bidirectional control (U+{c:X4}).";
        return null;
    }
}
