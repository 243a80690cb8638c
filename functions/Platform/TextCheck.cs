using System.Runtime.CompilerServices;

namespace IpsMonitor.Platform;

/// <summary>
/// Reads every text table when the host starts, so a missing or broken text file stops the app at start, naming the
/// file, instead of failing every page, mail or 503 page that first uses the table (a type whose static initializer
/// threw stays broken for the life of the process).
/// </summary>
internal sealed class TextCheck : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var type in typeof(TextCheck).Assembly.GetTypes()
                     .Where(t => typeof(ITextRecord).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract))
        {
            try
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }
            catch (TypeInitializationException e)
            {
                throw new InvalidOperationException(e.InnerException?.Message ?? e.Message, e);
            }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
