using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace IpsMonitor.Platform;

/// <summary>
/// Which types can break a stored-record rule of <see cref="BodyRules"/> (a date, an enum, or something holding one),
/// worked out once per type, so <see cref="BodyRules.KeepsStoredRules"/> passes text, numbers and moments by unread.
/// </summary>
internal static class StoredRuleTypes
{
    private static readonly ConcurrentDictionary<Type, bool> Breakable = new();
    private static readonly ConcurrentDictionary<Type, JsonPropertyInfo[]> Checked = new();

    /// <summary>The properties of a value's own type that can break a rule.</summary>
    public static JsonPropertyInfo[] Properties(Type type) => Checked.GetOrAdd(type, static t =>
        [.. BodyRules.Properties(t).Where(p => p.Get is not null && CanBreak(p.PropertyType))]);

    public static Type ElementType(Type enumerable) =>
        enumerable.GetInterfaces().Append(enumerable)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
        ?? typeof(object);

    public static bool CanBreak(Type type) => Breakable.GetOrAdd(type, static t => Work(t, []));

    private static bool Work(Type type, HashSet<Type> visiting)
    {
        if (Breakable.TryGetValue(type, out var known))
            return known;
        // A type that holds itself adds nothing new the second time round.
        if (!visiting.Add(type))
            return false;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateOnly) || type.IsEnum)
            return true;
        if (type == typeof(string) || type.IsPrimitive || type == typeof(decimal) || type == typeof(DateTimeOffset)
            || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(Guid))
            return false;
        if (typeof(IEnumerable).IsAssignableFrom(type))
            return Work(ElementType(type), visiting);
        // Of an open class, an interface or object only the value's own type tells: such a property is visited.
        if (type == typeof(object) || type.IsInterface || (type.IsClass && !type.IsSealed))
            return true;
        return BodyRules.Properties(type).Any(p => Work(p.PropertyType, visiting));
    }
}
