namespace IpsMonitor.Workspace;

/// <summary>One observation as the list shows it: its day, its ratings in words, the note as written.</summary>
public sealed record ObservationLine(string Id, string Heading, IReadOnlyList<string> Ratings, string? Note);

/// <summary>The coach's observations on the candidate page, newest first, and whether one can still be recorded.</summary>
public sealed record ObservationsView(IReadOnlyList<ObservationLine> Lines, bool CanRecord);

internal static class ObservationViews
{
    public static ObservationsView View(StaffText t, IReadOnlyList<CoachObservation> observations, bool discharged)
    {
        var w = ObservationText.For(t.Lang);
        return new ObservationsView([.. observations.Take(3).Select(o => Line(t, w, o))], !discharged);
    }

    private static ObservationLine Line(StaffText t, ObservationText w, CoachObservation o)
    {
        var ratings = new List<string>();
        void Add(string dimension, string? value)
        {
            if (value is not null)
                ratings.Add(string.Format(t.Culture, w.Rating, t.DimensionLabel(dimension), value));
        }
        Add("work_ability", o.WorkAbility?.ToString(t.Culture));
        Add("fit", o.Fit?.ToString(t.Culture));
        Add("task_growth", o.TaskGrowth is { } grown ? (grown ? t.Yes : t.No) : null);
        Add("independence", o.Independence?.ToString(t.Culture));
        if (o.NextStep is { } step)
            ratings.Add(string.Format(t.Culture, w.Rating, SupervisorVoiceText.For(t.Lang).NextStep, w.NextSteps[step]));
        return new ObservationLine(o.Id, string.Format(t.Culture, w.Line, StaffLayout.Date(o.ObservedOn, t)), ratings, o.Note);
    }
}
