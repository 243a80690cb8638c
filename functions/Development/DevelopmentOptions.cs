using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Development;

/// <summary>The personal "Mijn ontwikkeling" links a coach hands over (settings under <c>Development:</c>).</summary>
internal sealed class DevelopmentOptions
{
    /// <summary>Days a development link works; long enough to look back between meetings, short enough that a lost phone matters less.</summary>
    [Range(1, 366)]
    public int LinkDays { get; set; } = 90;

    /// <summary>Start of every development link; the token follows it.</summary>
    [Required]
    [Url]
    public string LinkBaseUrl { get; set; } = "http://127.0.0.1:7071/api/d/";
}
