namespace Zmd.Vocational.Filing.Contracts;

public static class FilingPermissions
{
    public const string Group = "Filing";

    /// <summary>See filings and the status board (a school user: their own school's).</summary>
    public const string View = "Filing.Filings.View";

    /// <summary>Upload a dataset (a school user: for their own school).</summary>
    /// <summary>The status board of every school (bureau).</summary>
    public const string Board = "Filing.Board.View";

    public const string Upload = "Filing.Filings.Upload";

    public const string Submit = "Filing.Filings.Submit";

    /// <summary>Approve, return and unlock filings (bureau approver).</summary>
    public const string Review = "Filing.Filings.Review";

    /// <summary>Open school years for filing and set deadlines.</summary>
    public const string ManagePeriods = "Filing.Periods.Manage";

    /// <summary>See the cross-school duplicate findings (a student filed by two schools) and the uploads flagged for
    /// clashing unusually often. Bureau only: no school may learn what another school filed.</summary>
    public const string ViewDuplicates = "Filing.Duplicates.View";

    /// <summary>Resolve a cross-school duplicate finding, with a note.</summary>
    public const string ResolveDuplicates = "Filing.Duplicates.Resolve";

    /// <summary>See resident ID numbers unmasked in lists and exports.</summary>
    public const string ViewPersonalData = "Filing.PersonalData.View";
}
