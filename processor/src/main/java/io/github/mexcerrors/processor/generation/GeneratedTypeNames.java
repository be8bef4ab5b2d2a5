package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.ClassName;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcCodes;
import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.Category;

/** JavaPoet names of the runtime API, and of the types generated from a table as {@link GeneratedNames} gives them. */
final class GeneratedTypeNames {
  static final ClassName API = ClassName.get(MexcApi.class);
  static final ClassName RETRY_POLICY = ClassName.get(RetryPolicy.class);
  static final ClassName ERROR_CODE = ClassName.get(MexcErrorCode.class);
  static final ClassName ERROR_CATEGORY = ClassName.get(MexcErrorCategory.class);
  static final ClassName EXCEPTION = ClassName.get(MexcException.class);
  static final ClassName CODES = ClassName.get(MexcCodes.class);
  static final ClassName RESPONSE = ClassName.get(MexcErrorResponse.class);
  static final ClassName EXCEPTION_FACTORY = ClassName.get(MexcExceptionFactory.class);

  private final GeneratedNames names;

  GeneratedTypeNames(GeneratedNames names) {
    this.names = names;
  }

  ClassName codeEnum(MexcApi api) {
    return names.codeEnum(api);
  }

  ClassName categoryEnum() {
    return names.categoryEnum();
  }

  ClassName factory() {
    return names.factory();
  }

  ClassName exception(Category category) {
    return names.exception(category.name());
  }

  ClassName exception(String categoryName) {
    return names.exception(categoryName);
  }

  ClassName exceptionType(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return ClassName.get(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
  }
}
