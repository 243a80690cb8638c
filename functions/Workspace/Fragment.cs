using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace IpsMonitor.Workspace;

/// <summary>An error of one field of a form, worded for the reader.</summary>
public sealed record FieldErrorView(string Field, string Message);

/// <summary>A component with its parameters as a fragment, for a page that shows one of several outcomes in one place.</summary>
internal static class Fragment
{
    public static RenderFragment Of<TComponent>(IReadOnlyDictionary<string, object?> parameters) where TComponent : IComponent =>
        builder => Build<TComponent>(builder, parameters);

    private static void Build<TComponent>(RenderTreeBuilder builder, IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        builder.OpenComponent<TComponent>(0);
        foreach (var (name, value) in parameters)
            builder.AddComponentParameter(1, name, value);
        builder.CloseComponent();
    }
}
