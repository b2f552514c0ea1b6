using FluentValidation;

namespace FairHall.Platform.Outcomes;

internal static class ValidatorRegistration
{
    /// <summary>Registers every <see cref="IValidator{T}"/> of the application (FluentValidation's DI package is not on the mirror here).</summary>
    public static void AddFairHallValidators(this IServiceCollection services)
    {
        foreach (var type in typeof(ValidatorRegistration).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddScoped(contract, type);
            }
        }
    }
}
