using FairHall.Modules.Reviews;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>Exhibitor onboarding: qualification (FAIR-4/5), eligibility import and derivation (FAIR-3), CIFTIS invitation codes and registration (FAIR-6).</summary>
internal static class OnboardingModule
{
    public static void AddOnboardingModule(this IServiceCollection services)
    {
        services.AddScoped<FileStore>();
        services.AddScoped<OnboardingContext>();
        services.AddScoped<IReviewSubjectHandler, QualificationReviewHandler>();
        services.AddScoped<GetMyQualification.Handler>();
        services.AddScoped<SubmitQualification.Handler>();
        services.AddScoped<UploadLicence.Handler>();
        services.AddScoped<DownloadLicence.Handler>();
        services.AddScoped<IReviewSubjectHandler, CiftisReviewHandler>();
        services.AddScoped<GenerateInvitationCodes.Handler>();
        services.AddScoped<ListInvitationCodes.Handler>();
        services.AddScoped<RegisterForCiftis.Handler>();
        services.AddScoped<GetCiftisRegistration.Handler>();
        services.AddScoped<UpdateCiftisRegistration.Handler>();
        services.AddSingleton<ImportQueue>();
        services.AddHostedService<ImportWorker>();
        services.AddScoped<EligibilityImportRunner>();
        services.AddScoped<IImportRunner>(sp => sp.GetRequiredService<EligibilityImportRunner>());
        services.AddScoped<EligibilityDeriver>();
        services.AddScoped<ImportViews>();
        services.AddScoped<UploadEligibilityFile.Handler>();
        services.AddScoped<StartImport.Handler>();
        services.AddScoped<GetImportJob.Handler>();
        services.AddScoped<ListEligibility.Handler>();
        services.AddScoped<DeriveEligibility.Handler>();
    }

    public static void MapOnboardingModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        GetMyQualification.Map(api);
        SubmitQualification.Map(api);
        UploadLicence.Map(api);
        DownloadLicence.Map(api);
        GenerateInvitationCodes.Map(api);
        ListInvitationCodes.Map(api);
        RegisterForCiftis.Map(api);
        GetCiftisRegistration.Map(api);
        UpdateCiftisRegistration.Map(api);
        UploadEligibilityFile.Map(api);
        StartImport.Map(api);
        GetImportJob.Map(api);
        ListEligibility.Map(api);
        DeriveEligibility.Map(api);
    }
}
