namespace IpsMonitor.DataRights;

/// <summary>
/// The data rights page of one candidate: their number, the erasure notice (when they were discharged), and the typed
/// confirmation that did not match, shown back with the error.
/// </summary>
public sealed record DataRightsModel(string CandidateId, ErasureNoticeModel Notice, string? WrongConfirmation);

/// <summary>
/// The notice on the candidate and data rights pages: the date a discharged candidate will be erased, if known, and the
/// address of the data rights page for a coordinator (null for a coach, and on that page itself).
/// </summary>
public sealed record ErasureNoticeModel(DateOnly? ErasedOn, string? DataRightsPage);
