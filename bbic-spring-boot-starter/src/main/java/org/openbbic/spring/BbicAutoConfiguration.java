package org.openbbic.spring;

import java.util.List;
import org.openbbic.export.BbicExport;
import org.openbbic.validation.BbicValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration of openbbic: a {@link BbicValidator} and a {@link BbicExport} (each replaced
 * by the application's own bean of that type), and in a servlet web application the {@link
 * BbicHttpMessageConverter} ahead of every other converter and the {@link BbicProblemHandler}.
 *
 * <p>Before any bean is made it checks that the libraries openbbic runs on are recent enough
 * ({@link RuntimeVersions}): a Spring Boot dependency management that imposes an older one fails
 * the start with a message naming the version needed.
 *
 * @since 0.1
 */
@AutoConfiguration
@ConditionalOnClass(BbicExport.class)
@EnableConfigurationProperties(BbicProperties.class)
public class BbicAutoConfiguration {

  /** Fails the start when a library on the class path is too old for openbbic. */
  public BbicAutoConfiguration() {
    RuntimeVersions.check();
  }

  /** The validator: built-in and discovered rules, the library's defaults. */
  @Bean
  @ConditionalOnMissingBean
  public BbicValidator bbicValidator() {
    return BbicValidator.builder().build();
  }

  /** The export context over the validator, with the configured limits and strictness. */
  @Bean
  @ConditionalOnMissingBean
  public BbicExport bbicExport(BbicValidator validator, BbicProperties properties) {
    return BbicExport.builder()
        .validator(validator)
        .limits(properties.getLimits().toReadLimits())
        .strictness(properties.getStrictness())
        .build();
  }

  /** The HTTP side: only in a servlet web application with Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(WebMvcConfigurer.class)
  static class Web {

    /** The converter of BBIC bodies, at the configured level, language and recipient. */
    @Bean
    @ConditionalOnMissingBean
    BbicHttpMessageConverter bbicHttpMessageConverter(
        BbicExport export, BbicProperties properties) {
      return new BbicHttpMessageConverter(
          export, properties.getLevel(), properties.getLanguage(), properties.recipientPolicy());
    }

    /**
     * Puts the converter first among Spring MVC's converters, so that the application's JSON and
     * XML converters (Jackson 2 or 3) never bind a BBIC document. One mechanism for Boot 3 and 4:
     * Boot 3 also adds converter beans itself, Boot 4 does so only for the server, and either way
     * the converter ends up once, first.
     */
    @Bean
    WebMvcConfigurer bbicWebMvcConfigurer(BbicHttpMessageConverter converter) {
      return new WebMvcConfigurer() {
        @Override
        @SuppressWarnings("deprecation") // Spring 7 deprecates it, still calls it; 6.2 has no other
        public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
          converters.remove(converter);
          converters.add(0, converter);
        }
      };
    }

    /** Findings of a refused body as RFC 9457 problems. */
    @Bean
    @ConditionalOnMissingBean
    BbicProblemHandler bbicProblemHandler() {
      return new BbicProblemHandler();
    }
  }
}
