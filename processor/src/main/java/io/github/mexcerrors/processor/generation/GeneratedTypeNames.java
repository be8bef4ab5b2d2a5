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
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.TableTypes;

/** JavaPoet names of the runtime API and of the types generated from a table. */
final class GeneratedTypeNames {
  static final ClassName API = ClassName.get(MexcApi.class);
  static final ClassName RETRY_POLICY = ClassName.get(RetryPolicy.class);
  static final ClassName ERROR_CODE = ClassName.get(MexcErrorCode.class);
  static final ClassName ERROR_CATEGORY = ClassName.get(MexcErrorCategory.class);
  static final ClassName EXCEPTION = ClassName.get(MexcException.class);
  static final ClassName CODES = ClassName.get(MexcCodes.class);
  static final ClassName RESPONSE = ClassName.get(MexcErrorResponse.class);
  static final ClassName EXCEPTION_FACTORY = ClassName.get(MexcExceptionFactory.class);

  private final TableTypes types;

  GeneratedTypeNames(TableTypes types) {
    this.types = types;
  }

  ClassName codeEnum(MexcApi api) {
    return ClassName.get(types.packageName(), api == MexcApi.SPOT ? TableTypes.SPOT_ENUM : TableTypes.FUTURES_ENUM);
  }

  ClassName categoryEnum() {
    return ClassName.get(types.packageName(), TableTypes.CATEGORY_ENUM);
  }

  ClassName factory() {
    return ClassName.get(types.packageName(), TableTypes.FACTORY);
  }

  ClassName exception(Category category) {
    return ClassName.get(types.packageName(), category.exceptionSimpleName());
  }

  ClassName exception(String categoryName) {
    return exception(types.table().category(categoryName).orElseThrow());
  }

  ClassName exceptionType(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return ClassName.get(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
  }
}
