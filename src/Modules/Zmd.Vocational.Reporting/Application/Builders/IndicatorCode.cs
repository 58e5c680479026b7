using System.Reflection;

namespace Zmd.Vocational.Reporting.Application.Builders;

/// <summary>An indicator a report builder names (seeds/indicators.csv, or a city figure of seeds/city-measures.csv). A
/// builder can name an indicator only through one of these (<see cref="FigureSet"/> takes nothing else), so every code
/// is written once, here, and <see cref="All"/> is checked against the catalog when the host starts
/// (<see cref="FigureCheckAtStartup"/>): a mistyped code stops the host instead of printing 无数据.</summary>
internal sealed class IndicatorCode
{
    public static readonly IndicatorCode EnrolmentTotal = new("enrolment-total");
    public static readonly IndicatorCode EnrolmentSecondary = new("enrolment-secondary");
    public static readonly IndicatorCode EnrolmentHigher = new("enrolment-higher");
    public static readonly IndicatorCode EnrolmentAssociate = new("enrolment-associate");
    public static readonly IndicatorCode EnrolmentBachelor = new("enrolment-bachelor");
    public static readonly IndicatorCode EnrolmentAdvancedPlus = new("enrolment-advanced-plus");
    public static readonly IndicatorCode MajorsOffered = new("majors-offered");
    public static readonly IndicatorCode FulltimeTeachers = new("fulltime-teachers");
    public static readonly IndicatorCode StudentTeacherRatio = new("student-teacher-ratio");
    public static readonly IndicatorCode ProfessionalShare = new("professional-share");
    public static readonly IndicatorCode FulltimeDualShare = new("fulltime-dual-share");
    public static readonly IndicatorCode DualRatio = new("dual-ratio");
    public static readonly IndicatorCode SeniorTitleShare = new("senior-title-share");
    public static readonly IndicatorCode PracticeHourShare = new("practice-hour-share");
    public static readonly IndicatorCode XMajorCoverage = new("x-major-coverage");
    public static readonly IndicatorCode XTrainingRate = new("x-training-rate");
    public static readonly IndicatorCode XCertificationRate = new("x-certification-rate");
    public static readonly IndicatorCode Apprentices = new("apprentices");
    public static readonly IndicatorCode ApprenticeshipRatio = new("apprenticeship-ratio");
    public static readonly IndicatorCode PartnerEnterprises = new("partner-enterprises");
    public static readonly IndicatorCode EnterpriseParticipation = new("enterprise-participation");
    public static readonly IndicatorCode TrainingPersonTimes = new("training-person-times");
    public static readonly IndicatorCode TrainingToEnrolment = new("training-to-enrolment");
    public static readonly IndicatorCode CollegeBuildOutArea = new("col-buildout-area");
    public static readonly IndicatorCode CollegeBuildOutPlaces = new("col-buildout-places");
    public static readonly IndicatorCode CollegeInternshipsBackbone = new("col-internships-backbone");
    public static readonly IndicatorCode CollegeNewSkilled = new("col-new-skilled");
    public static readonly IndicatorCode CollegeSocialTraining = new("col-social-training");
    public static readonly IndicatorCode CityNewSecondaryPlaces = new("city.new-secondary-places");
    public static readonly IndicatorCode CityIntegrationBases = new("city.integration-bases");
    public static readonly IndicatorCode CityVirtualBases = new("city.virtual-bases");
    public static readonly IndicatorCode CityHighLevelMajors = new("city.high-level-majors");
    public static readonly IndicatorCode CityHighLevelColleges = new("city.high-level-colleges");
    public static readonly IndicatorCode CityIndustryColleges = new("city.industry-colleges");
    public static readonly IndicatorCode CityModelIntegrationColleges = new("city.model-integration-colleges");
    public static readonly IndicatorCode CityTrainingPersonTimes = new("city.training-person-times");

    private static readonly Lazy<IReadOnlyDictionary<IndicatorCode, string>> Names = new(() => typeof(IndicatorCode)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(IndicatorCode))
        .ToDictionary(f => (IndicatorCode)f.GetValue(null)!, f => f.Name));

    private IndicatorCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Every code above, with the name a maintainer finds it by.</summary>
    public static IReadOnlyDictionary<IndicatorCode, string> All => Names.Value;

    public override string ToString() => Value;
}
