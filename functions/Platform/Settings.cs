namespace IpsMonitor.Platform;

/// <summary>How every settings class is bound: in one place, so no feature can forget the check at start.</summary>
internal static class Settings
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to the configuration section <paramref name="section"/> and checks its data
    /// annotations (and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) when the host starts, so a
    /// bad setting stops the host with a clear message instead of failing on first use.
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
