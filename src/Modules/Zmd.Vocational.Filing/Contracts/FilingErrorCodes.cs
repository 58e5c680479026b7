namespace Zmd.Vocational.Filing.Contracts;

public static class FilingErrorCodes
{
    public const string UnknownDataset = "Filing:UnknownDataset";
    public const string UnknownSchool = "Filing:UnknownSchool";
    public const string PeriodNotOpen = "Filing:PeriodNotOpen";
    public const string InvalidYear = "Filing:InvalidYear";
    public const string FilingNotFound = "Filing:FilingNotFound";
    public const string Locked = "Filing:Locked";
    public const string InvalidTransition = "Filing:InvalidTransition";
    public const string CommentRequired = "Filing:CommentRequired";
    public const string EmptyFile = "Filing:EmptyFile";
    public const string FileTooLarge = "Filing:FileTooLarge";
    public const string UnsupportedFile = "Filing:UnsupportedFile";

    /// <summary>An upload or transition of a dataset the school does not file ({dataset}, {school}, {types}: the school
    /// types that file it).</summary>
    public const string NotApplicable = "Filing:NotApplicable";

    // Row and file checks (each is also the localization key of its message).
    public const string MissingHeader = "Filing:MissingHeader";
    public const string DuplicateHeader = "Filing:DuplicateHeader";
    public const string UnknownHeader = "Filing:UnknownHeader";

    /// <summary>Not one header of the file's first row is a column of the dataset ({file}).</summary>
    public const string HeaderNotRecognized = "Filing:HeaderNotRecognized";
    public const string Required = "Filing:Required";
    public const string TooLong = "Filing:TooLong";
    public const string NotInteger = "Filing:NotInteger";
    public const string NotDecimal = "Filing:NotDecimal";
    public const string OutOfRange = "Filing:OutOfRange";
    public const string NotDate = "Filing:NotDate";
    public const string NotBoolean = "Filing:NotBoolean";
    public const string NotInCodeList = "Filing:NotInCodeList";
    public const string InvalidIdNumber = "Filing:InvalidIdNumber";
    public const string InvalidCreditCode = "Filing:InvalidCreditCode";
    public const string NumberLostPrecision = "Filing:NumberLostPrecision";
    public const string DuplicateInFile = "Filing:DuplicateInFile";

    /// <summary>A cell holds a NUL or another control character (not a line break or a tab).</summary>
    public const string ControlCharacter = "Filing:ControlCharacter";

    /// <summary>A CSV row past the reader's 16 M characters ({file}, {row}): a quote left open, or a file built so.</summary>
    public const string RowTooLong = "Filing:RowTooLong";

    /// <summary>A CSV's bytes are neither UTF-8 nor GB18030 ({file}, {row}: the line of the first such byte).</summary>
    public const string UndecodableText = "Filing:UndecodableText";

    /// <summary>A CSV has UTF-8 text up to {row} and then bytes that are not UTF-8: two encodings in one file.</summary>
    public const string MixedEncoding = "Filing:MixedEncoding";

    /// <summary>A workbook part declares more than the reader inflates ({file}, {part}, {size} MB, {ratio}:1): a zip bomb.</summary>
    public const string WorkbookTooLarge = "Filing:WorkbookTooLarge";

    /// <summary>A workbook zip lists more parts than any real workbook has ({file}, {count}, {max}).</summary>
    public const string WorkbookTooManyParts = "Filing:WorkbookTooManyParts";

    /// <summary>The combination of the UniqueTogetherInFile columns ({columns}) repeats an earlier row ({firstRow}).</summary>
    public const string DuplicateKeyInFile = "Filing:DuplicateKeyInFile";
    public const string UnknownReference = "Filing:UnknownReference";
    public const string TooManyErrors = "Filing:TooManyErrors";

    /// <summary>A cross-school duplicate finding that does not exist.</summary>
    public const string DuplicateNotFound = "Filing:DuplicateNotFound";

    /// <summary>A cross-school duplicate finding already resolved, or closed because the clash is gone.</summary>
    public const string DuplicateNotOpen = "Filing:DuplicateNotOpen";

    /// <summary>A cross-school duplicate is resolved only with a note saying what was done.</summary>
    public const string NoteRequired = "Filing:NoteRequired";
}
