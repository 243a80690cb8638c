namespace IpsMonitor.Tests.Browser;

/// <summary>The window sizes every staff page is checked at: a desktop, a tablet upright and a phone.</summary>
public static class StaffViewports
{
    public static TheoryData<int, int> Sizes => new() { { 1280, 800 }, { 768, 1024 }, { 390, 844 } };

    /// <summary>The desktop and the phone only, for the long walks through a page that the tablet adds nothing to.</summary>
    public static TheoryData<int, int> DesktopAndPhone => new() { { 1280, 800 }, { 390, 844 } };
}
