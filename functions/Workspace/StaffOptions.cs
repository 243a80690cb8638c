using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Workspace;

/// <summary>Settings under "Staff:" for the staff workspace in the browser.</summary>
internal sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Hours a browser session lasts after its last use (sliding), 1 to 24; default 8, a working day.</summary>
    [Range(1, 24)]
    public int SessionHours { get; set; } = 8;

    /// <summary>Wrong keys one client may try within <see cref="SignInWindowMinutes"/> before sign-in refuses it; default 5.</summary>
    [Range(1, 100)]
    public int SignInAttempts { get; set; } = 5;

    /// <summary>Minutes over which wrong keys are counted, and for which a client is refused after too many; default 15.</summary>
    [Range(1, 1440)]
    public int SignInWindowMinutes { get; set; } = 15;
}
