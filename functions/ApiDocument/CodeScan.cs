using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace IpsMonitor.ApiDocument;

/// <summary>
/// The methods a method calls, read from its compiled IL (an async method's body lives in its state machine, a lambda in
/// a closure: both are followed). The OpenAPI document learns from it what a function really reads and answers, so it
/// cannot drift from the code.
/// </summary>
internal static class CodeScan
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every method called from <paramref name="start"/>, following calls into this app's own code a few levels deep.</summary>
    public static IReadOnlyList<MethodBase> Reachable(MethodInfo start, int depth = 4)
    {
        var app = start.Module.Assembly;
        var seen = new HashSet<MethodBase>();
        var calls = new List<MethodBase>();
        var pending = new Queue<(MethodBase Method, int Depth)>([(start, 0)]);
        while (pending.TryDequeue(out var item))
        {
            foreach (var body in Bodies(item.Method))
                foreach (var callee in CalledBy(body))
                {
                    calls.Add(callee);
                    var definition = callee is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericMethodDefinition() : callee;
                    if (definition.Module.Assembly == app && item.Depth < depth && seen.Add(definition))
                        pending.Enqueue((definition, item.Depth + 1));
                }
        }
        return calls;
    }

    private static IEnumerable<MethodBase> Bodies(MethodBase method)
    {
        yield return method;
        if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } machine)
            yield return machine.StateMachineType.GetMethod("MoveNext", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)!;
    }

    /// <summary>The targets of call, callvirt, newobj and ldftn (a lambda or local function) in the method's IL.</summary>
    private static IEnumerable<MethodBase> CalledBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var type = method.DeclaringType;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out var op))
                yield break;
            var start = i;
            i += OperandSize(op, il, i);
            if (op.OperandType != OperandType.InlineMethod)
                continue;
            MethodBase? callee = null;
            try
            {
                callee = method.Module.ResolveMethod(BitConverter.ToInt32(il, start),
                    type is { IsGenericType: true } ? type.GetGenericArguments() : null, method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (ArgumentException)
            {
                // A token of a generic context this scan cannot rebuild; nothing the document needs.
            }
            if (callee is not null)
                yield return callee;
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
