using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Pages.Filing;

/// <summary>One cross-school duplicate as a card (the findings page and a filing's approval view): the value, both
/// schools with their rows and filings, the status, and the resolution or its form.</summary>
/// <param name="School">The school the list is limited to, if any: the findings page shows it again after a resolution.</param>
public sealed record DuplicateCardModel(CrossSchoolDuplicateDto Finding, string DatasetName, bool CanResolve, string? School);
